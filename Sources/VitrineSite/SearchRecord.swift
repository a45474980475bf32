/// One page as the search index sees it: plain text and the facts about it, handed to Pagefind
/// directly so it does not have to read and parse the page's HTML again.
public struct SearchRecord: Sendable, Equatable {
    /// The page's address as search results should link to it (`/kaarten/card-000005/`).
    public var url: String
    /// The searchable text: the page's own words, without navigation, tiles of other pages
    /// or filter labels (those would make every page match every facet's name).
    public var content: String
    /// ISO 639-1 code; Pagefind builds one index per language.
    public var language: String
    /// Shown with a result; `title` is the one Pagefind's interface expects.
    public var meta: [String: String]
    /// Facet name → values, as `data-pagefind-filter` would give them.
    public var filters: [String: [String]]
    /// Sort key → value, when results may be ordered by something other than relevance.
    public var sort: [String: String]?

    public init(url: String, content: String, language: String, meta: [String: String] = [:],
                filters: [String: [String]] = [:], sort: [String: String]? = nil) {
        self.url = url
        self.content = content
        self.language = language
        self.meta = meta
        self.filters = filters
        self.sort = sort
    }
}
