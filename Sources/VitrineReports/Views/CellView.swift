import VitrineTemplates

struct CellView {
    var text: String
}

extension CellView: TemplateRecord {
    static let templateFields = TemplateFields<CellView> {
        $0.text("text") { $0.text }
    }
}
