import VitrineTemplates

struct RowView {
    var cells: [CellView]
}

extension RowView: TemplateRecord {
    static let templateFields = TemplateFields<RowView> {
        $0.list("cells") { $0.cells }
    }
}
