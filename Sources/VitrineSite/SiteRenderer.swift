import Foundation
import VitrineContent
import VitrineTemplates

/// Renders the site's jobs: builds each job's view from the content graph (recording what it
/// reads) and renders it with its template. Pure: same graph and templates, same bytes.
public struct SiteRenderer: Sendable {
    public let graph: ContentGraph
    public let templates: TemplateSet
    public let assets: AssetNames
    public let tiles: TileRenderer
    /// Whether the search page offers Pagefind's interface.
    public let searchAvailable: Bool
    /// The collections in display order, shared by all jobs of a run.
    let index: SiteIndex

    public init(graph: ContentGraph, templates: TemplateSet, assets: AssetNames, tiles: TileRenderer, searchAvailable: Bool) {
        self.graph = graph
        self.templates = templates
        self.assets = assets
        self.tiles = tiles
        self.searchAvailable = searchAvailable
        index = SiteIndex(graph: graph)
    }

    /// The job's file, or an error naming the template that could not render it.
    public func render(_ job: SiteJob, recorder: DependencyRecorder?) -> Result<OutputFile, Diagnostic> {
        let views = ViewModelBuilder(graph: graph, strings: templates.strings, assets: assets, tiles: tiles, index: index,
                                     recorder: recorder)
        let feeds = FeedWriter(views: views)
        let text: String?
        switch job.kind {
        case .page(let path, let template, let source):
            guard var view = Self.view(for: source, path: path, views) else {
                return .failure(.error("nothing to render for '\(path)'", at: SourceLocation(file: templates.directory)))
            }
            view.search = SearchView(available: searchAvailable)
            text = templates.render(view, template: template)
        case .sitemap: text = templates.render(feeds.sitemap(), template: FeedWriter.sitemapTemplate)
        case .feed: text = templates.render(feeds.feed(), template: FeedWriter.feedTemplate)
        case .robots: text = templates.render(feeds.robots(), template: FeedWriter.robotsTemplate)
        case .filters(let type): text = FilterIndex(views: views).json(for: type)
        case .csv(let key):
            guard let csv = feeds.csv(key) else {
                return .failure(.error("no factsheet '\(key.id)' for its CSV", at: SourceLocation(file: key.description)))
            }
            text = csv
        }
        guard let text else {
            let name = job.template ?? "?"
            return .failure(.error("template '\(name)' could not render '\(job.output)'",
                                   at: SourceLocation(file: "\(templates.directory)/\(name).mustache")))
        }
        return .success(OutputFile(path: job.output, text: text))
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
        }
    }
}
