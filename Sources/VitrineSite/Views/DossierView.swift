import VitrineTemplates

/// One dossier on the dossiers page: what it is, its Markdown and, when built, its PDF.
struct DossierView {
    var id: String
    var title: String
    var subtitle: String?
    var authors: String?
    var date: String?
    var dateISO: String?
    var abstract: String?
    /// The publication the dossier is made from, when it follows one report.
    var publication: LinkView?
    var markdownURL: String
    var pdf: DocumentLinkView?
}

extension DossierView: TemplateRecord {
    static let templateFields = TemplateFields<DossierView> {
        $0.text("id") { $0.id }
        $0.text("title") { $0.title }
        $0.text("subtitle") { $0.subtitle }
        $0.text("authors") { $0.authors }
        $0.text("date") { $0.date }
        $0.text("dateISO") { $0.dateISO }
        $0.text("abstract") { $0.abstract }
        $0.object("publication") { $0.publication }
        $0.text("markdownURL") { $0.markdownURL }
        $0.object("pdf") { $0.pdf }
    }
}
