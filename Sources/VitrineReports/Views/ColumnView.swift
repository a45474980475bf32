import VitrineTemplates

struct ColumnView {
    var dashes: String
    var right: Bool
}

extension ColumnView: TemplateRecord {
    static let templateFields = TemplateFields<ColumnView> {
        $0.text("dashes") { $0.dashes }
        $0.bool("right") { $0.right }
    }
}
