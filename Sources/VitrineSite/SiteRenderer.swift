import Foundation
import VitrineContent
import VitrineTemplates

/// Renders the site's jobs: builds each job's view from the content graph (recording what it
/// reads) and renders it with its template. Pure: same graph and templates, same bytes.
public struct SiteRenderer: Sendable {
    public let graph: ContentGraph
    public let templates: TemplateLibrary
    public let assets: AssetNames
    public let tiles: TileRenderer
    /// Whether the search page offers Pagefind's interface.
    public let searchAvailable: Bool
    /// The collections in display order, shared by all jobs of a run.
    let index: SiteIndex
    /// The dossiers' PDFs published with the site, by report id: the publication pages link them.
    public let documents: [String: PublishedDocument]

    public init(graph: ContentGraph, templates: TemplateLibrary, assets: AssetNames, tiles: TileRenderer, searchAvailable: Bool,
                documents: [String: PublishedDocument] = [:]) {
        self.graph = graph
        self.templates = templates
        self.assets = assets
        self.tiles = tiles
        self.searchAvailable = searchAvailable
        self.documents = documents
        index = SiteIndex(graph: graph)
    }

    /// What rendering a job gives: its file, and for an item's page its search record.
    public struct Rendered: Sendable {
        public var file: OutputFile
        public var searchRecord: SearchRecord?
    }

    /// The job's file, or an error naming the template that could not render it.
    public func render(_ job: SiteJob, recorder: DependencyRecorder?) -> Result<Rendered, Diagnostic> {
        var record: SearchRecord?
        var views = ViewModelBuilder(graph: graph, strings: templates.interfaceStrings, assets: assets, tiles: tiles, index: index,
                                     recorder: recorder)
        views.documents = documents
        let feeds = FeedWriter(views: views)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16_384)
        do throws(TemplateRenderError) {
            switch job.kind {
            case .page(let path, let template, let source):
                guard var view = Self.view(for: source, path: path, views) else {
                    return .failure(.error(.nothingToRender, ["path": .value(path)], at: SourceLocation(file: templates.directory)))
                }
                view.search = SearchView(available: searchAvailable)
                if let problem = view.problems.first { return .failure(problem) }
                try templates.render(view, template: template, into: &bytes)
                if searchAvailable { record = SearchRecordBuilder.record(for: view, language: graph.site.language) }
                if let problem = tiles.problems.first { return .failure(problem) }
            case .sitemap: try templates.render(feeds.sitemap(), template: FeedWriter.sitemapTemplate, into: &bytes)
            case .feed: try templates.render(feeds.feed(), template: FeedWriter.feedTemplate, into: &bytes)
            case .robots: try templates.render(feeds.robots(), template: FeedWriter.robotsTemplate, into: &bytes)
            case .filters(let type): bytes = FilterIndex(views: views).json(for: type)
            case .deployment(let file, let map): try templates.render(views.deployment(map), template: file.template, into: &bytes)
            case .data(let file):
                guard let made = try DataWriter(views: views, templates: templates).bytes(file) else {
                    return .failure(.error(.noItemForDataFile, ["output": .value(job.output)], at: SourceLocation(file: templates.directory)))
                }
                bytes = made
            }
        } catch {
            return .failure(error.diagnostics.first ?? .error(.renderFailed, ["template": .value(job.template ?? "?"),
                                                                                        "output": .value(job.output)],
                                                               at: SourceLocation(file: templates.directory)))
        }
        return .success(Rendered(file: OutputFile(path: job.output, bytes: bytes), searchRecord: record))
    }

    static func view(for source: SiteJob.Source, path: String, _ views: ViewModelBuilder) -> PageView? {
        switch source {
        case .home: return views.homePage()
        case .item(let key): return views.graph.fullItem(key).map(views.itemPage)
        case .list(let type, let number): return views.listPage(type, page: number)
        case .term(let key, let number): return views.graph.term(key).map { views.termPage(key, $0, page: number) }
        case .publicationItems(let key, let number): return views.publicationItemsPage(key, page: number)
        case .terms(let taxonomy): return views.termsPage(taxonomy)
        case .search:
            return views.page(title: views.strings["search_title"], description: views.strings["search_title"], path: path)
        case .notFound:
            return views.page(title: views.strings["notFound_title"], description: views.strings["notFound_title"], path: path)
        case .reports: return views.reportsPage(path: path)
        case .redirect(let key): return views.redirectPage(to: key, path: path)
        case .gone: return views.gonePage(path: path)
        case .accessibility: return views.accessibilityPage(path: path)
        }
    }
}
