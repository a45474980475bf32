import VitrineContent
import VitrineTemplates

/// The views of the machine-readable files: sitemap, Atom feed and robots.txt. Dates come
/// from the content, never from the clock, so builds are reproducible.
struct FeedWriter {
    let views: ViewModelBuilder

    static let feedSize = 20
    static let sitemapTemplate = "xml/sitemap"
    static let feedTemplate = "xml/feed"
    static let robotsTemplate = "text/robots"

    private var graph: TrackedGraph { views.graph }

    func sitemap() -> SitemapView {
        // Which pages exist follows from the items and the terms that have members.
        for type in ItemType.allCases { _ = graph.items(type) }
        _ = graph.reports
        for taxonomy in TaxonomyName.allCases {
            for term in graph.terms(taxonomy) { _ = graph.members(TermKey(taxonomy, term.id)) }
        }
        let base = graph.site.baseURL
        return SitemapView(urls: SitePlanner.pages(for: graph.graph).compactMap { job in
            guard case .page(let path, _, let source) = job.kind, path.hasSuffix("/") else { return nil }
            var lastmod: String?
            if case .item(let key) = source { lastmod = graph.item(key)?.date?.description }
            return SitemapURL(loc: URLScheme.absolute(path, baseURL: base), lastmod: lastmod)
        })
    }

    func feed() -> FeedView {
        let items = [ItemType.card, .conclusion, .factsheet, .swot, .publication].flatMap { graph.items($0) }
            .sorted { a, b in
                let da = a.date?.fullDate ?? "", db = b.date?.fullDate ?? ""
                return da != db ? da > db : a.key < b.key
            }
            .prefix(Self.feedSize)
        let base = graph.site.baseURL
        let entries = items.map { item in
            FeedEntry(title: item.title, url: URLScheme.absolute(URLScheme.path(item.key), baseURL: base),
                      updated: (item.date?.fullDate ?? "2000-01-01") + "T00:00:00Z",
                      summary: item.summary ?? "", typeLabel: views.typeLabel(item.type))
        }
        return FeedView(title: graph.site.title, id: base, selfURL: base + "feed.xml", siteURL: base,
                        updated: entries.first?.updated ?? "2000-01-01T00:00:00Z", entries: Array(entries))
    }

    func robots() -> RobotsView { RobotsView(sitemap: graph.site.baseURL + "sitemap.xml") }
}
