import VitrineTemplates

/// The Atom feed: the site and its newest items.
struct FeedView {
    var title: String
    var id: String
    var selfURL: String
    var siteURL: String
    var updated: String
    var entries: [FeedEntry]
}

extension FeedView: TemplateRecord {
    static let templateFields = TemplateFields<FeedView> {
        $0.text("title") { $0.title }
        $0.text("id") { $0.id }
        $0.text("selfURL") { $0.selfURL }
        $0.text("siteURL") { $0.siteURL }
        $0.text("updated") { $0.updated }
        $0.list("entries") { $0.entries }
    }
}
