import VitrineTemplates

struct PublicationView {
    var subtitle: String?
    var authors: String?
    var publisher: String?
    var place: String?
    var commissioner: String?
    var number: String?
    var url: String?
    var rights: String?
    var reportURL: String?
    /// The dossier's PDF, when the build published one.
    var reportPDF: DocumentLinkView?
    /// The reference as RIS, BibTeX and CSL-JSON.
    var risURL: String
    var bibtexURL: String
    var cslURL: String
    var drawnFrom: [GroupView]
    var pager: PagerView?
}

extension PublicationView: TemplateRecord {
    static let templateFields = TemplateFields<PublicationView> {
        $0.text("subtitle") { $0.subtitle }
        $0.text("authors") { $0.authors }
        $0.text("publisher") { $0.publisher }
        $0.text("place") { $0.place }
        $0.text("commissioner") { $0.commissioner }
        $0.text("number") { $0.number }
        $0.text("url") { $0.url }
        $0.text("rights") { $0.rights }
        $0.text("reportURL") { $0.reportURL }
        $0.object("reportPDF") { $0.reportPDF }
        $0.text("risURL") { $0.risURL }
        $0.text("bibtexURL") { $0.bibtexURL }
        $0.text("cslURL") { $0.cslURL }
        $0.list("drawnFrom") { $0.drawnFrom }
        $0.object("pager") { $0.pager }
    }
}
