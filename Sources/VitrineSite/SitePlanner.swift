import VitrineContent

/// Which files the site has: every page and every machine-readable file, in a fixed order.
public enum SitePlanner {
    public static func jobs(for graph: ContentGraph) -> [SiteJob] {
        pages(for: graph) + [SiteJob(.sitemap), SiteJob(.feed), SiteJob(.robots)]
            + graph.items(.factsheet).map { SiteJob(.csv($0.key)) }
    }

    /// The HTML pages, home first.
    public static func pages(for graph: ContentGraph) -> [SiteJob] {
        func page(_ path: String, _ template: String, _ source: SiteJob.Source) -> SiteJob {
            SiteJob(.page(path: path, template: template, source: source))
        }
        var jobs = [page("/", "html/home", .home)]
        for type in ItemType.allCases where type != .page {
            jobs.append(page(URLScheme.index(type), "html/list", .list(type)))
        }
        for item in graph.allItems where !(item.type == .page && item.id == "index") {
            jobs.append(page(URLScheme.path(item.key), "html/\(item.type.rawValue)", .item(item.key)))
        }
        for taxonomy in TaxonomyName.allCases {
            jobs.append(page(URLScheme.index(taxonomy), "html/terms", .terms(taxonomy)))
            for term in graph.taxonomies.terms(taxonomy) where !graph.members(TermKey(taxonomy, term.id)).isEmpty {
                let key = TermKey(taxonomy, term.id)
                jobs.append(page(URLScheme.path(key), "html/term", .term(key)))
            }
        }
        jobs.append(page(URLScheme.search, "html/search", .search))
        jobs.append(page("/404.html", "html/404", .notFound))
        return jobs
    }
}
