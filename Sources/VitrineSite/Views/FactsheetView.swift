import VitrineTemplates

struct FactsheetView {
    var subject: String?
    var asOf: String?
    var figures: [FigureView]
    var tables: [TableView]
    /// The key figures as CSV, when there are any.
    var figuresCSV: DownloadView?
    /// The whole factsheet as JSON.
    var json: DownloadView
}

extension FactsheetView: TemplateRecord {
    static let templateFields = TemplateFields<FactsheetView> {
        $0.text("subject") { $0.subject }
        $0.text("asOf") { $0.asOf }
        $0.list("figures") { $0.figures }
        $0.list("tables") { $0.tables }
        $0.object("figuresCSV") { $0.figuresCSV }
        $0.object("json") { $0.json }
    }
}
