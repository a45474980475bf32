import Foundation
import VitrineContent

/// What a page's view was built from. Recorded while building the view, so a change to the
/// content can be mapped to exactly the pages that must be rendered again.
enum Dependency: Hashable, Sendable {
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
    /// which items carry a term
    case members(TermKey)
    /// which items exist of a type, in which order
    case list(ItemType)
}

/// Collects the dependencies of one page. One recorder per page, used by one thread.
final class DependencyRecorder: @unchecked Sendable {
    private(set) var dependencies: Set<Dependency> = []

    func record(_ dependency: Dependency) { dependencies.insert(dependency) }
}

/// The content graph as view builders see it: every read is recorded when a recorder is set.
struct TrackedGraph: Sendable {
    let graph: ContentGraph
    let recorder: DependencyRecorder?

    private func note(_ dependency: Dependency) { recorder?.record(dependency) }

    var site: SiteConfig { note(.site); return graph.site }

    func term(_ key: TermKey) -> Term? { note(.term(key)); return graph.taxonomies.term(key) }

    /// All terms of a vocabulary, each read in full.
    func terms(_ taxonomy: TaxonomyName) -> [Term] {
        note(.vocabulary(taxonomy))
        let terms = graph.taxonomies.terms(taxonomy)
        for term in terms { note(.term(TermKey(taxonomy, term.id))) }
        return terms
    }

    var reports: [ReportDefinition] { note(.reports); return graph.reports }

    func report(_ id: String) -> ReportDefinition? { note(.reports); return graph.report(id) }

    /// An item read for a tile, a link or a title.
    func item(_ key: ItemKey) -> Item? { note(.tile(key)); return graph.item(key) }

    /// An item read in full (its page, or its figures on the home page).
    func fullItem(_ key: ItemKey) -> Item? { note(.page(key)); return graph.item(key) }

    func items(_ type: ItemType) -> [Item] {
        note(.list(type))
        let items = graph.items(type)
        for item in items { note(.tile(item.key)) }
        return items
    }

    func outgoing(_ key: ItemKey) -> [ItemKey] { note(.page(key)); return graph.outgoing(key) }

    func backlinks(_ key: ItemKey) -> [ItemKey] { note(.backlinks(key)); return graph.backlinks(key) }

    func members(_ term: TermKey) -> [ItemKey] { note(.members(term)); return graph.members(term) }

    func itemsCiting(publication id: String) -> [ItemKey] {
        note(.backlinks(ItemKey(.publication, id)))
        return graph.itemsCiting(publication: id)
    }
}
