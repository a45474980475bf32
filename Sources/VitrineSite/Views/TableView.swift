import VitrineTemplates

struct TableView {
    var number: Int
    var id: String
    var caption: String
    var unit: String?
    var note: String?
    var page: String?
    var header: [String]
    var rows: [TableRowView]
    var chart: String?
    /// The table as CSV.
    var csv: DownloadView
}

extension TableView: TemplateRecord {
    static let templateFields = TemplateFields<TableView> {
        $0.number("number") { $0.number }
        $0.text("id") { $0.id }
        $0.text("caption") { $0.caption }
        $0.text("unit") { $0.unit }
        $0.text("note") { $0.note }
        $0.text("page") { $0.page }
        $0.list("header") { $0.header }
        $0.list("rows") { $0.rows }
        $0.html("chart") { $0.chart }
        $0.object("csv") { $0.csv }
    }
}
