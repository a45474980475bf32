import VitrineTemplates

/// Text shown as a link: inside the report it points at the anchor, outside it names the site URL.
struct LinkView {
    var text: String
    var anchor: String?
    var url: String?
}

extension LinkView: TemplateRecord {
    static let templateFields = TemplateFields<LinkView> {
        $0.text("text") { $0.text }
        $0.text("anchor") { $0.anchor }
        $0.text("url") { $0.url }
    }
}
