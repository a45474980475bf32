import VitrineTemplates

/// A link to a dossier's PDF with its size and page count.
struct DocumentLinkView {
    var url: String
    /// Megabytes with one decimal, formatted for the site's language ("1,2").
    var megabytes: String
    var pages: String
}

extension DocumentLinkView: TemplateRecord {
    static let templateFields = TemplateFields<DocumentLinkView> {
        $0.text("url") { $0.url }
        $0.text("megabytes") { $0.megabytes }
        $0.text("pages") { $0.pages }
    }
}
