import VitrineTemplates

/// How to cite an item's page (`partials/cite`): the platform, the title, the date and the
/// page's address; the source report with its page comes from the item's `source`.
struct CiteView {
    /// The platform's name, `title` in site.yml.
    var platform: String
    var title: String
    var date: String?
    /// The page's absolute address.
    var url: String
}

extension CiteView: TemplateRecord {
    static let templateFields = TemplateFields<CiteView> {
        $0.text("platform") { $0.platform }
        $0.text("title") { $0.title }
        $0.text("date") { $0.date }
        $0.text("url") { $0.url }
    }
}
