import VitrineTemplates

struct SWOTEntryView {
    var text: String
    var url: String?
    var refTitle: String?
}

extension SWOTEntryView: TemplateRecord {
    static let templateFields = TemplateFields<SWOTEntryView> {
        $0.text("text") { $0.text }
        $0.text("url") { $0.url }
        $0.text("refTitle") { $0.refTitle }
    }
}
