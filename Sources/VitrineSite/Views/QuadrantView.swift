import VitrineTemplates

struct QuadrantView {
    var label: String
    var entries: [SWOTEntryView]
    var empty: Bool
}

extension QuadrantView: TemplateRecord {
    static let templateFields = TemplateFields<QuadrantView> {
        $0.text("label") { $0.label }
        $0.list("entries") { $0.entries }
        $0.bool("empty") { $0.empty }
    }
}
