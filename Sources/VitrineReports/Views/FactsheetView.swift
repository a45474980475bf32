import VitrineTemplates

struct FactsheetView {
    /// "De cijfers staan in tabel 1 en tabel 2; figuur 1 ..."
    var tableSentence: String?
    var tables: [TableView]
}

extension FactsheetView: TemplateRecord {
    static let templateFields = TemplateFields<FactsheetView> {
        $0.text("tableSentence") { $0.tableSentence }
        $0.list("tables") { $0.tables }
    }
}
