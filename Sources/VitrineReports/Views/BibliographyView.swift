import VitrineTemplates

struct BibliographyView {
    var bibliographyTitle: String
    var entries: [CitationView]
}

extension BibliographyView: TemplateRecord {
    static let templateFields = TemplateFields<BibliographyView> {
        $0.text("bibliographyTitle") { $0.bibliographyTitle }
        $0.list("entries") { $0.entries }
    }
}
