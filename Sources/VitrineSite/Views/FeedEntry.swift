import VitrineTemplates

/// One entry of the feed.
struct FeedEntry {
    var title: String
    var url: String
    var updated: String
    var summary: String
    var typeLabel: String
}

extension FeedEntry: TemplateRecord {
    static let templateFields = TemplateFields<FeedEntry> {
        $0.text("title") { $0.title }
        $0.text("url") { $0.url }
        $0.text("updated") { $0.updated }
        $0.text("summary") { $0.summary }
        $0.text("typeLabel") { $0.typeLabel }
    }
}
