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
