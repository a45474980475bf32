import VitrineTemplates

struct TermEntryView {
    var label: String
    var url: String
    var description: String?
    var count: Int
}

extension TermEntryView: TemplateRecord {
    static let templateFields = TemplateFields<TermEntryView> {
        $0.text("label") { $0.label }
        $0.text("url") { $0.url }
        $0.text("description") { $0.description }
        $0.number("count") { $0.count }
    }
}
