import VitrineTemplates

struct TermsView {
    var title: String
    var entries: [TermEntryView]
}

extension TermsView: TemplateRecord {
    static let templateFields = TemplateFields<TermsView> {
        $0.text("title") { $0.title }
        $0.list("entries") { $0.entries }
    }
}
