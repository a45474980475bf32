import VitrineTemplates

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

extension ItemView: TemplateRecord {
    static let templateFields = TemplateFields<ItemView> {
        $0.text("itemHashes") { $0.itemHashes }
        $0.text("itemTitle") { $0.itemTitle }
        $0.text("itemAnchor") { $0.itemAnchor }
        $0.text("lead") { $0.lead }
        $0.text("sourceNote") { $0.sourceNote }
        $0.list("facts") { $0.facts }
        $0.text("body") { $0.body }
        $0.list("linkLists") { $0.linkLists }
        $0.object("factsheet") { $0.factsheet }
        $0.object("swot") { $0.swot }
        $0.object("repeatOf") { $0.repeatOf }
    }
}
