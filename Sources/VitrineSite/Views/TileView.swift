import VitrineTemplates

struct TileView {
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
    /// The tile rendered with `partials/tile-body`, once per item (see `TileRenderer`).
    var html: String = ""
}

extension TileView: Equatable {}

extension TileView: TemplateRecord {
    static let templateFields = TemplateFields<TileView> {
        $0.interfaceStrings("t")
        $0.text("url") { $0.url }
        $0.text("title") { $0.title }
        $0.text("summary") { $0.summary }
        $0.text("typeLabel") { $0.typeLabel }
        $0.text("kindLabel") { $0.kindLabel }
        $0.text("date") { $0.date }
        $0.bool("draft") { $0.draft }
        $0.text("facetKind") { $0.facetKind }
        $0.text("facetThemes") { $0.facetThemes }
        $0.text("facetGroups") { $0.facetGroups }
        $0.text("facetRegions") { $0.facetRegions }
        $0.text("facetSectors") { $0.facetSectors }
        $0.text("facetPublication") { $0.facetPublication }
        $0.html("html") { $0.html }
    }
}
