import VitrineTemplates

struct MetaView {
    /// The page's own title (the site's title on the home page); the template adds the page
    /// number and the site's title.
    var title: String
    var home: Bool
    var description: String
    var canonical: String
    var path: String
    var ogType: String
    var jsonLD: String?
    var draft: Bool
    /// Kept out of search engines: a draft, an old URL, a withdrawn one.
    var noindex: Bool
    /// Set on the pages of a list that has more than one.
    var page: PageNumberView? = nil
}

extension MetaView: TemplateRecord {
    static let templateFields = TemplateFields<MetaView> {
        $0.text("title") { $0.title }
        $0.bool("home") { $0.home }
        $0.text("description") { $0.description }
        $0.text("canonical") { $0.canonical }
        $0.text("path") { $0.path }
        $0.text("ogType") { $0.ogType }
        $0.html("jsonLD") { $0.jsonLD }
        $0.bool("draft") { $0.draft }
        $0.bool("noindex") { $0.noindex }
        $0.object("page") { $0.page }
    }
}
