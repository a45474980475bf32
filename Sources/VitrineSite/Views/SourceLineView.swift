import VitrineTemplates

struct SourceLineView {
    var publicationTitle: String
    var publicationURL: String
    var publisher: String
    var year: String
    var section: String?
    var page: String?
    var pageIsRange: Bool
}

extension SourceLineView: TemplateRecord {
    static let templateFields = TemplateFields<SourceLineView> {
        $0.text("publicationTitle") { $0.publicationTitle }
        $0.text("publicationURL") { $0.publicationURL }
        $0.text("publisher") { $0.publisher }
        $0.text("year") { $0.year }
        $0.text("section") { $0.section }
        $0.text("page") { $0.page }
        $0.bool("pageIsRange") { $0.pageIsRange }
    }
}
