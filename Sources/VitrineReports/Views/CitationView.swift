import VitrineTemplates

struct CitationView {
    var citationAnchor: String
    var citationAuthors: String?
    var year: String
    var citationTitle: String
    var publisher: String
    var place: String?
    var number: String?
    var url: String?
}

extension CitationView: TemplateRecord {
    static let templateFields = TemplateFields<CitationView> {
        $0.text("citationAnchor") { $0.citationAnchor }
        $0.text("citationAuthors") { $0.citationAuthors }
        $0.text("year") { $0.year }
        $0.text("citationTitle") { $0.citationTitle }
        $0.text("publisher") { $0.publisher }
        $0.text("place") { $0.place }
        $0.text("number") { $0.number }
        $0.text("url") { $0.url }
    }
}
