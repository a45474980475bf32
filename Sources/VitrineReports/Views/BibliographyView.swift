struct BibliographyView {
    var bibliographyTitle: String
    var entries: [CitationView]
}
