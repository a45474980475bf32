import VitrineTemplates

struct ItemView {
    var key: String
    var type: String
    var typeLabel: String
    var kindLabel: String?
    var title: String
    var summary: String?
    var body: String
    /// The body's words, for the search index (not a template field).
    var bodyText: String
    var date: String?
    var dateISO: String?
    var draft: Bool
    var chips: [ChipView]
    var source: SourceLineView?
    /// How to cite the page (not on publications, which offer their reference, nor on pages).
    var cite: CiteView?
    var cites: [TileView]
    var citedBy: [TileView]
    var related: [TileView]
    var conclusion: ConclusionView?
    var factsheet: FactsheetView?
    var swot: SWOTView?
    var publication: PublicationView?
    /// The search index's filters (not a template field).
    var pagefindFilters: [PagefindFilter]
}

extension ItemView: TemplateRecord {
    static let templateFields = TemplateFields<ItemView> {
        $0.text("key") { $0.key }
        $0.text("type") { $0.type }
        $0.text("typeLabel") { $0.typeLabel }
        $0.text("kindLabel") { $0.kindLabel }
        $0.text("title") { $0.title }
        $0.text("summary") { $0.summary }
        $0.html("body") { $0.body }
        $0.text("date") { $0.date }
        $0.text("dateISO") { $0.dateISO }
        $0.bool("draft") { $0.draft }
        $0.list("chips") { $0.chips }
        $0.object("source") { $0.source }
        $0.object("cite") { $0.cite }
        $0.list("cites") { $0.cites }
        $0.list("citedBy") { $0.citedBy }
        $0.list("related") { $0.related }
        $0.object("conclusion") { $0.conclusion }
        $0.object("factsheet") { $0.factsheet }
        $0.object("swot") { $0.swot }
        $0.object("publication") { $0.publication }
    }
}
