import VitrineTemplates

/// An item as one tile of a list. Made once per item and run (`SiteIndex`) and shared by every
/// page that lists the item: a class, so a page of 48 tiles holds 48 references instead of
/// copying 15 fields each (the copies were 2 % of a 10,000-card build).
@dynamicMemberLookup
final class TileView: Sendable {
    /// What the tile shows. Compared as a whole (synthesised `==`) to decide whether a kept
    /// tile must be rendered again, so a field added here can never be left out of the test.
    struct Content: Equatable, Sendable {
        var url: String
        var title: String
        var summary: String?
        var typeLabel: String
        var kindLabel: String?
        var date: String?
        var draft: Bool
        /// Space-separated term ids per facet, for the client-side filters and Pagefind.
        var facetKind: String
        var facetThemes: String
        var facetGroups: String
        var facetRegions: String
        var facetSectors: String
        var facetPublication: String
    }

    let content: Content
    /// The tile rendered with `partials/tile-body`, once per item (see `TileRenderer`).
    let html: String

    init(_ content: Content, html: String = "") {
        self.content = content
        self.html = html
    }

    /// `tile.title` for `tile.content.title`.
    subscript<Value>(dynamicMember field: KeyPath<Content, Value>) -> Value { content[keyPath: field] }
}

extension TileView: Equatable {
    static func == (a: TileView, b: TileView) -> Bool { a.content == b.content && a.html == b.html }
}

extension TileView: TemplateRecord {
    static let templateFields = TemplateFields<TileView> {
        $0.interfaceStrings("t")
        $0.text("url") { $0.content.url }
        $0.text("title") { $0.content.title }
        $0.text("summary") { $0.content.summary }
        $0.text("typeLabel") { $0.content.typeLabel }
        $0.text("kindLabel") { $0.content.kindLabel }
        $0.text("date") { $0.content.date }
        $0.bool("draft") { $0.content.draft }
        $0.text("facetKind") { $0.content.facetKind }
        $0.text("facetThemes") { $0.content.facetThemes }
        $0.text("facetGroups") { $0.content.facetGroups }
        $0.text("facetRegions") { $0.content.facetRegions }
        $0.text("facetSectors") { $0.content.facetSectors }
        $0.text("facetPublication") { $0.content.facetPublication }
        $0.html("html") { $0.html }
    }
}
