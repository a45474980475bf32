/// What a page's view was built from. Recorded while building the view, so a change to the
/// content can be mapped to exactly the pages that must be rendered again.
public enum Dependency: Hashable, Sendable {
    /// site.yml
    case site
    /// one term's label, plural and description
    case term(TermKey)
    /// which terms a vocabulary has, in which order
    case vocabulary(TaxonomyName)
    /// report definitions (publication pages link their dossier)
    case reports
    /// everything about one item (its own page)
    case page(ItemKey)
    /// what a tile or a link shows of an item: title, summary, terms, date, draft, publication
    case tile(ItemKey)
    /// which items link to an item
    case backlinks(ItemKey)
    /// which items an item links to (the open data's `referencesOut`): a change to its body
    /// that keeps its links leaves the pages that list them as they were
    case links(ItemKey)
    /// which items carry a term
    case members(TermKey)
    /// the order of a term's items (their titles and kinds), for pages that list them
    case termOrder(TermKey)
    /// which items draw on a publication, and their order
    case drawnFrom(ItemKey)
    /// which items exist of a type, in which order
    case list(ItemType)
}
