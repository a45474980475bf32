import VitrineTemplates

struct TermEntryView {
    var label: String
    var url: String
    var description: String?
    var count: Int
}
