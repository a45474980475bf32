import VitrineTemplates

struct LinkListView {
    var listLabel: String
    var links: [LinkView]
}

extension LinkListView: TemplateRecord {
    static let templateFields = TemplateFields<LinkListView> {
        $0.text("listLabel") { $0.listLabel }
        $0.list("links") { $0.links }
    }
}
