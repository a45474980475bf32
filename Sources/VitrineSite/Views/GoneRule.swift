import VitrineTemplates

/// One withdrawn URL of the server configuration.
struct GoneRule {
    var path: String
    /// The file holding the page that says the URL was withdrawn.
    var file: String
}

extension GoneRule: TemplateRecord {
    static let templateFields = TemplateFields<GoneRule> {
        $0.text("path") { $0.path }
        $0.text("file") { $0.file }
    }
}
