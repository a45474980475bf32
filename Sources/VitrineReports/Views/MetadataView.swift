import VitrineTemplates

struct MetadataView {
    var title: String
    var subtitle: String?
    var authors: [String]
    var hasAuthors: Bool
    var date: String?
    var abstractLines: [String]
    var hasAbstract: Bool
    var language: String
    /// YYYY-MM-DD, for the PDF's creation date.
    var dossierDate: String?
    /// The platform's name (the site's title), on the cover.
    var publisher: String
}

extension MetadataView: TemplateRecord {
    static let templateFields = TemplateFields<MetadataView> {
        $0.text("title") { $0.title }
        $0.text("subtitle") { $0.subtitle }
        $0.list("authors") { $0.authors }
        $0.bool("hasAuthors") { $0.hasAuthors }
        $0.text("date") { $0.date }
        $0.list("abstractLines") { $0.abstractLines }
        $0.bool("hasAbstract") { $0.hasAbstract }
        $0.text("language") { $0.language }
        $0.text("dossierDate") { $0.dossierDate }
        $0.text("publisher") { $0.publisher }
    }
}
