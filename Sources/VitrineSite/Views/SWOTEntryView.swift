import VitrineTemplates

struct SWOTEntryView {
    var text: String
    var url: String?
    var refTitle: String?
}
