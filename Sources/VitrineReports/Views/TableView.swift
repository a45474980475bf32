import VitrineTemplates

struct TableView {
    var tableLabel: String
    var caption: String
    var header: [CellView]
    var columns: [ColumnView]
    var rows: [RowView]
    var tableNote: String?
    var chart: ChartView?
    /// The key figures of a factsheet, which the PDF shows as tiles.
    var keyFigures: Bool = false
}

extension TableView: TemplateRecord {
    static let templateFields = TemplateFields<TableView> {
        $0.text("tableLabel") { $0.tableLabel }
        $0.text("caption") { $0.caption }
        $0.list("header") { $0.header }
        $0.list("columns") { $0.columns }
        $0.list("rows") { $0.rows }
        $0.text("tableNote") { $0.tableNote }
        $0.object("chart") { $0.chart }
        $0.bool("keyFigures") { $0.keyFigures }
    }
}
