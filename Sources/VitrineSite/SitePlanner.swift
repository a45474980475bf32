import VitrineContent

/// Which files the site has: every page and every machine-readable file, in a fixed order.
public enum SitePlanner {
    /// `redirects`: the items' aliases and the URLs withdrawn on purpose, each of which gets a page.
    public static func jobs(for graph: ContentGraph, redirects: RedirectMap? = nil) -> [SiteJob] {
        let redirects = redirects ?? RedirectMap(graph: graph, gone: [])
        return pages(for: graph) + oldURLs(for: graph, gone: redirects.gone) + [SiteJob(.sitemap), SiteJob(.feed), SiteJob(.robots)]
            + filteredTypes.map { SiteJob(.filters($0)) }
            + DataFile.all(for: graph).map { SiteJob(.data($0)) }
            + DeploymentFile.allCases.map { SiteJob(.deployment($0, redirects)) }
    }

    /// The pages at old URLs: each alias of an item, and each URL withdrawn on purpose. Not in
    /// the sitemap (they are not pages of their own).
    public static func oldURLs(for graph: ContentGraph, gone: [String]) -> [SiteJob] {
        var jobs: [SiteJob] = []
        for item in graph.allItems {
            for alias in item.aliases {
                jobs.append(SiteJob(.page(path: alias.path, template: "html/redirect", source: .redirect(item.key))))
            }
        }
        jobs += gone.map { SiteJob(.page(path: $0, template: "html/gone", source: .gone)) }
        return jobs
    }

    /// The lists that offer filters (publications have none).
    static let filteredTypes: [ItemType] = [.card, .conclusion, .factsheet, .swot]

    /// The HTML pages, home first.
    public static func pages(for graph: ContentGraph) -> [SiteJob] {
        func page(_ path: String, _ template: String, _ source: SiteJob.Source) -> SiteJob {
            SiteJob(.page(path: path, template: template, source: source))
        }
        var jobs = [page("/", "html/home", .home)]
        for type in ItemType.allCases where type != .page {
            let base = URLScheme.index(type)
            for number in 1...Pagination.pageCount(graph.items(type).count) {
                jobs.append(page(Pagination.path(base, page: number), "html/list", .list(type, page: number)))
            }
        }
        for item in graph.allItems where !(item.type == .page && item.id == "index") {
            jobs.append(page(URLScheme.path(item.key), "html/\(item.type.rawValue)", .item(item.key)))
            guard item.type == .publication else { continue }
            let drawn = graph.itemsCiting(publication: item.id).filter { SiteIndex.drawnTypes.contains($0.type) }.count
            let pages = Pagination.pageCount(drawn)
            if pages > 1 {
                for number in 2...pages {
                    jobs.append(page(Pagination.path(URLScheme.path(item.key), page: number), "html/term",
                                     .publicationItems(item.key, page: number)))
                }
            }
        }
        for taxonomy in TaxonomyName.allCases {
            jobs.append(page(URLScheme.index(taxonomy), "html/terms", .terms(taxonomy)))
            for term in graph.taxonomies.terms(taxonomy) {
                let key = TermKey(taxonomy, term.id)
                let count = graph.members(key).count
                guard count > 0 else { continue }
                for number in 1...Pagination.pageCount(count) {
                    jobs.append(page(Pagination.path(URLScheme.path(key), page: number), "html/term", .term(key, page: number)))
                }
            }
        }
        if !graph.reports.isEmpty { jobs.append(page(URLScheme.reportsIndex, "html/reports", .reports)) }
        if graph.site.audit != nil { jobs.append(page(URLScheme.accessibility, "html/accessibility", .accessibility)) }
        jobs.append(page(URLScheme.search, "html/search", .search))
        jobs.append(page("/404.html", "html/404", .notFound))
        return jobs
    }
}
