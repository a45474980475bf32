import VitrineTemplates

struct TableRowView {
    var head: String
    var cells: [CellView]
}

extension TableRowView: TemplateRecord {
    static let templateFields = TemplateFields<TableRowView> {
        $0.text("head") { $0.head }
        $0.list("cells") { $0.cells }
    }
}
