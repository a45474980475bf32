import VitrineTemplates

/// One redirect of the server configuration: an alias and where its item is now.
struct RedirectRule {
    var from: String
    var to: String
}

extension RedirectRule: TemplateRecord {
    static let templateFields = TemplateFields<RedirectRule> {
        $0.text("from") { $0.from }
        $0.text("to") { $0.to }
    }
}
