struct MetadataView {
    var title: String
    var subtitle: String?
    var authors: [String]
    var hasAuthors: Bool
    var date: String?
    var abstractLines: [String]
    var hasAbstract: Bool
    var language: String
}
