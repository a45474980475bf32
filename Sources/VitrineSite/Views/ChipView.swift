import VitrineTemplates

struct ChipView {
    var taxonomy: String
    var label: String
    var url: String
}

extension ChipView: TemplateRecord {
    static let templateFields = TemplateFields<ChipView> {
        $0.text("taxonomy") { $0.taxonomy }
        $0.text("label") { $0.label }
        $0.text("url") { $0.url }
    }
}
