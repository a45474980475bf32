import VitrineTemplates

struct FactsheetView {
    var subject: String?
    var asOf: String?
    var figures: [FigureView]
    var tables: [TableView]
    var csvURL: String
}

extension FactsheetView: TemplateRecord {
    static let templateFields = TemplateFields<FactsheetView> {
        $0.text("subject") { $0.subject }
        $0.text("asOf") { $0.asOf }
        $0.list("figures") { $0.figures }
        $0.list("tables") { $0.tables }
        $0.text("csvURL") { $0.csvURL }
    }
}
