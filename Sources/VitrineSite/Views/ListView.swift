import VitrineTemplates

struct ListView {
    var title: String
    var intro: String?
    var count: Int
    var tiles: [TileView]
    var facets: [FacetView]
    var pager: PagerView?
    /// The list's filter index (all its items with their terms), for filtering across pages.
    var filters: String?
    /// An empty tile, which the filter script fills for each match.
    var tileTemplate: String?
}

extension ListView: TemplateRecord {
    static let templateFields = TemplateFields<ListView> {
        $0.text("title") { $0.title }
        $0.text("intro") { $0.intro }
        $0.number("count") { $0.count }
        $0.list("tiles") { $0.tiles }
        $0.list("facets") { $0.facets }
        $0.object("pager") { $0.pager }
        $0.text("filters") { $0.filters }
        $0.html("tileTemplate") { $0.tileTemplate }
    }
}
