import VitrineTemplates

struct SiteView {
    var title: String
    var description: String
    var language: String
    var copyright: String?
    var baseURL: String
    var navigation: [LinkView]
    var stylesheet: String
    var script: String
    var favicon: String
    /// The accessibility statement's page, when the site has had an audit.
    var statement: String?
}

extension SiteView: TemplateRecord {
    static let templateFields = TemplateFields<SiteView> {
        $0.text("title") { $0.title }
        $0.text("description") { $0.description }
        $0.text("language") { $0.language }
        $0.text("copyright") { $0.copyright }
        $0.text("baseURL") { $0.baseURL }
        $0.list("navigation") { $0.navigation }
        $0.text("stylesheet") { $0.stylesheet }
        $0.text("script") { $0.script }
        $0.text("favicon") { $0.favicon }
        $0.text("statement") { $0.statement }
    }
}
