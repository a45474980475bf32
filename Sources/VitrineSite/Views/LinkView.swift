import VitrineTemplates

struct LinkView {
    var label: String
    var url: String
    var current: Bool = false
}

extension LinkView: TemplateRecord {
    static let templateFields = TemplateFields<LinkView> {
        $0.text("label") { $0.label }
        $0.text("url") { $0.url }
        $0.bool("current") { $0.current }
    }
}
