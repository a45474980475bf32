import VitrineContent
import VitrineTemplates

/// The machine-readable files: sitemap, Atom feed, robots.txt and the factsheets' CSV.
/// Dates come from the content, never from the clock, so builds are reproducible.
struct FeedWriter {
    let graph: ContentGraph
    let templates: TemplateSet
    let views: ViewModelBuilder

    static let feedSize = 20

    struct SitemapView { var urls: [SitemapURL] }
    struct SitemapURL { var loc: String; var lastmod: String? }
    struct FeedView {
        var title: String; var id: String; var selfURL: String; var siteURL: String; var updated: String
        var entries: [FeedEntry]
    }
    struct FeedEntry { var title: String; var url: String; var updated: String; var summary: String; var typeLabel: String }
    struct RobotsView { var sitemap: String }

    func sitemap() -> SitemapView {
        let jobs = SiteBuilder.jobs(for: graph, templates: templates).filter { $0.path.hasSuffix("/") }
        return SitemapView(urls: jobs.map { job in
            var lastmod: String?
            if case .item(let key) = job.source { lastmod = graph.item(key)?.date?.description }
            return SitemapURL(loc: URLScheme.absolute(job.path, baseURL: graph.site.baseURL), lastmod: lastmod)
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

    func samples() -> [Any] { [sitemap(), feed(), RobotsView(sitemap: "")] }

    /// Sitemap, feed, robots.txt and every CSV.
    func feedFiles() -> [(path: String, data: Data)] {
        var files: [(path: String, data: Data)] = [
            ("sitemap.xml", Data((templates.render(sitemap(), template: "xml/sitemap") ?? "").utf8)),
            ("feed.xml", Data((templates.render(feed(), template: "xml/feed") ?? "").utf8)),
            ("robots.txt", Data((templates.render(RobotsView(sitemap: graph.site.baseURL + "sitemap.xml"),
                                                  template: "text/robots") ?? "").utf8)),
        ]
        return files + csvFiles { _ in true }
    }

    /// The CSV of every factsheet `include` accepts.
    func csvFiles(_ include: (ItemKey) -> Bool) -> [(path: String, data: Data)] {
        graph.items(.factsheet).compactMap { item in
            guard include(item.key), case .factsheet(let sheet) = item.details else { return nil }
            return (String(URLScheme.csv(item.id).dropFirst()), Data(CSVWriter.csv(sheet).utf8))
        }
    }
}

import Foundation
