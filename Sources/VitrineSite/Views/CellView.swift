import VitrineTemplates

struct CellView {
    var text: String
    var numeric: Bool
}

extension CellView: TemplateRecord {
    static let templateFields = TemplateFields<CellView> {
        $0.text("text") { $0.text }
        $0.bool("numeric") { $0.numeric }
    }
}
