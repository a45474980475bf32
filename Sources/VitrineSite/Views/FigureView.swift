import VitrineTemplates

struct FigureView {
    var label: String
    var value: String
    var context: String?
    var note: String?
    var page: String?
}

extension FigureView: TemplateRecord {
    static let templateFields = TemplateFields<FigureView> {
        $0.text("label") { $0.label }
        $0.text("value") { $0.value }
        $0.text("context") { $0.context }
        $0.text("note") { $0.note }
        $0.text("page") { $0.page }
    }
}
