struct CitationNoteView {
    var sourceLink: LinkView
    var sourceYear: String?
    var sourceSection: String?
    var sourcePage: String?
    var sourcePageLabel: String
    var labels: [String: String]
}
