import VitrineTemplates

struct ItemView {
    var key: String
    var type: String
    var typeLabel: String
    var kindLabel: String?
    var title: String
    var summary: String?
    var body: String
    var date: String?
    var dateISO: String?
    var draft: Bool
    var chips: [ChipView]
    var source: SourceLineView?
    var cites: [TileView]
    var citedBy: [TileView]
    var related: [TileView]
    var conclusion: ConclusionView?
    var factsheet: FactsheetView?
    var swot: SWOTView?
    var publication: PublicationView?
    var pagefindFilters: [PagefindFilter]
}
