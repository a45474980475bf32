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
}
