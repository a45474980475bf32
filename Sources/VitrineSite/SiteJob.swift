import VitrineContent

/// One file of the site to render: a page from a template and a view, or one of the
/// machine-readable files. Planned by `SitePlanner`, rendered by `SiteRenderer`.
public struct SiteJob: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        case home, item(ItemKey), terms(TaxonomyName), search, notFound
        /// The dossiers: every report definition with its Markdown and, when built, its PDF.
        case reports
        /// Page `page` (from 1) of a list, a term's items, or (from 2) a publication's items.
        case list(ItemType, page: Int)
        case term(TermKey, page: Int)
        case publicationItems(ItemKey, page: Int)
        /// An item's old URL (an alias), sending readers on to it.
        case redirect(ItemKey)
        /// A URL withdrawn on purpose (`--retire`): a page saying so.
        case gone
        /// The accessibility statement, from the last audit.
        case accessibility
    }

    public enum Kind: Sendable, Hashable {
        /// An HTML page at a URL path, rendered with a template.
        case page(path: String, template: String, source: Source)
        case sitemap, feed, robots
        /// A list's filter index (JSON), for filtering across its pages.
        case filters(ItemType)
        /// Open data or a citation: CSV, JSON, RIS, BibTeX (`DataFile`).
        case data(DataFile)
        /// What a web server needs beside the files: its configuration, with the redirects.
        case deployment(DeploymentFile, RedirectMap)
    }

    public var kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    /// The file it becomes, relative to the output folder.
    public var output: String {
        switch kind {
        case .page(let path, _, _): URLScheme.file(for: path)
        case .sitemap: "sitemap.xml"
        case .feed: "feed.xml"
        case .robots: "robots.txt"
        case .filters(let type): String(URLScheme.filters(type).dropFirst())
        case .data(let file): String(file.path.dropFirst())
        case .deployment(let file, _): file.output
        }
    }

    /// The entry template, when the job renders one.
    public var template: String? {
        switch kind {
        case .page(_, let template, _): template
        case .sitemap: FeedWriter.sitemapTemplate
        case .feed: FeedWriter.feedTemplate
        case .robots: FeedWriter.robotsTemplate
        case .data(let file): file.template
        case .deployment(let file, _): file.template
        case .filters: nil
        }
    }
}
