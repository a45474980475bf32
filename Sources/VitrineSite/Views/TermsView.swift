import VitrineTemplates

struct TermsView {
    var title: String
    var entries: [TermEntryView]
}
