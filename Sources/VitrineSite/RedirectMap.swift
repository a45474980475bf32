import VitrineContent

/// The site's old URLs: each alias with the path it now leads to, and the URLs withdrawn on
/// purpose. Web servers get it as their redirect rules; the site has a page at each too.
public struct RedirectMap: Sendable, Hashable {
    public struct Redirect: Sendable, Hashable {
        public var from: String
        public var to: String
    }

    /// Sorted by their old path.
    public var redirects: [Redirect]
    /// Sorted.
    public var gone: [String]

    public init(graph: ContentGraph, gone: [String]) {
        redirects = graph.allItems.flatMap { item in
            item.aliases.map { Redirect(from: $0.path, to: URLScheme.path(item.key)) }
        }.sorted { $0.from.utf8.lexicographicallyPrecedes($1.from.utf8) }
        self.gone = gone
    }
}
