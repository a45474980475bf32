import VitrineTemplates

struct TableRowView {
    var head: String
    var cells: [CellView]
}
