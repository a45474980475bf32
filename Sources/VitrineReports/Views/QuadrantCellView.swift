import VitrineTemplates

struct QuadrantCellView {
    var quadrantLabel: String
    var entries: [SWOTEntryView]
    var empty: Bool
}

extension QuadrantCellView: TemplateRecord {
    static let templateFields = TemplateFields<QuadrantCellView> {
        $0.interfaceStrings("labels")
        $0.text("quadrantLabel") { $0.quadrantLabel }
        $0.list("entries") { $0.entries }
        $0.bool("empty") { $0.empty }
    }
}
