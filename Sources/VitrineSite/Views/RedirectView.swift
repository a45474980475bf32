import VitrineTemplates

/// An item's old URL: where the item is now, for the refresh, the canonical link and the
/// visible link.
struct RedirectView {
    var url: String
    var title: String
}

extension RedirectView: TemplateRecord {
    static let templateFields = TemplateFields<RedirectView> {
        $0.text("url") { $0.url }
        $0.text("title") { $0.title }
    }
}
