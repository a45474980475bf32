import VitrineContent
import VitrineTemplates

/// Builds the view models of pages from the content graph. Pure: same graph, same views.
struct ViewModelBuilder {
    let graph: TrackedGraph
    let strings: InterfaceStrings
    let format: ValueFormatter
    let body: BodyRenderer
    let assets: AssetNames
    /// Renders each item's tile once and hands out the HTML (nil: templates render tiles).
    let tiles: TileRenderer?
    /// The collections in display order.
    let index: SiteIndex
    /// The dossiers' PDFs the build published, by report id (none in the preview).
    var documents: [String: PublishedDocument] = [:]

    init(graph: ContentGraph, strings: InterfaceStrings, assets: AssetNames, tiles: TileRenderer? = nil,
         index: SiteIndex? = nil, recorder: DependencyRecorder? = nil) {
        self.tiles = tiles
        self.index = index ?? SiteIndex(graph: graph)
        self.graph = TrackedGraph(graph: graph, recorder: recorder)
        self.strings = strings
        self.format = ValueFormatter(strings: strings)
        self.body = BodyRenderer(graph: self.graph)
        self.assets = assets
    }

    /// The same builder, recording what the views it builds read.
    func recording(into recorder: DependencyRecorder) -> ViewModelBuilder {
        var builder = ViewModelBuilder(graph: graph.graph, strings: strings, assets: assets, tiles: tiles, index: index, recorder: recorder)
        builder.documents = documents
        return builder
    }

    // MARK: Shared pieces

    func page(title: String, description: String, path: String, ogType: String = "website",
              jsonLD: String? = nil, draft: Bool = false, noindex: Bool = false) -> PageView {
        let site = graph.site
        let navigation = site.navigation.map { entry -> LinkView in
            let url: String
            switch entry.target {
            case .reference(let target): url = URLScheme.path(target)
            case .href(let href): url = href
            }
            let current = url == path || (url != "/" && url.hasPrefix("/") && path.hasPrefix(url))
            return LinkView(label: entry.label, url: url, current: current)
        }
        return PageView(
            site: SiteView(title: site.title, description: site.description, language: site.language,
                           copyright: site.copyright, baseURL: site.baseURL, navigation: navigation,
                           stylesheet: assets.stylesheet, script: assets.script, favicon: assets.favicon,
                           statement: site.audit == nil ? nil : URLScheme.accessibility),
            meta: MetaView(title: path == "/" ? site.title : title, home: path == "/", description: description,
                           canonical: URLScheme.absolute(path, baseURL: site.baseURL), path: path,
                           ogType: ogType, jsonLD: jsonLD, draft: draft, noindex: draft || noindex))
    }

    func typeLabel(_ type: ItemType) -> String { strings["type_\(type.rawValue)"] }

    func typePlural(_ type: ItemType) -> String { strings["types_\(type.rawValue)"] }

    func taxonomyLabel(_ taxonomy: TaxonomyName) -> String { strings["taxonomy_\(taxonomy.rawValue)"] }

    /// The kind of a card, or of a factsheet that has one.
    func kind(of item: Item) -> Term? {
        guard let kind = item.terms[.kind]?.first else { return nil }
        return graph.term(TermKey(.kind, kind))
    }
}
