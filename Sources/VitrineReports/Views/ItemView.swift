struct ItemView {
    var itemHashes: String
    var itemTitle: String
    var itemAnchor: String
    var lead: String?
    /// The footnote text with the item's source.
    var sourceNote: String?
    var facts: [FactLine]?
    /// Markdown blocks: the author's body, re-rendered with headings shifted and links rewritten.
    var body: String?
    var linkLists: [LinkListView]
    var factsheet: FactsheetView?
    var swot: SWOTView?
    /// Set when the item already appeared earlier in the report.
    var repeatOf: LinkView?
}
