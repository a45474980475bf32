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
