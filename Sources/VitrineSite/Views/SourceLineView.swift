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
