struct TableView {
    var tableLabel: String
    var caption: String
    var header: [CellView]
    var columns: [ColumnView]
    var rows: [RowView]
    var tableNote: String?
    var chart: ChartView?
}
