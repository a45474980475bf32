import VitrineContent

/// What a tile or link shows of an item. Publications show in source lines too, so all of
/// a publication counts.
struct TileFields: Equatable {
    var title: String
    var summary: String?
    var terms: [TaxonomyName: [String]]
    var date: ContentDate?
    var draft: Bool
    var publication: String?
    var details: ItemDetails?

    init(_ item: Item) {
        title = item.title
        summary = item.summary
        terms = item.terms
        date = item.date
        draft = item.draft
        publication = item.publication
        details = item.type == .publication ? item.details : nil
    }
}
