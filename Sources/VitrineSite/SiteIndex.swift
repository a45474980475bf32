import Foundation
import VitrineContent

/// The site's collections in display order, each sorted once per build and shared by every
/// page that shows part of it: all items of a type, the items of a term, the items drawn from
/// a publication. Computed on first use, so a rebuild that renders one page sorts nothing.
/// Reads the graph untracked: the pages that use a collection record the collection itself
/// (`.list`, `.members`, `.backlinks`), which changes whenever its order could.
public final class SiteIndex: @unchecked Sendable {
    let graph: ContentGraph
    private let lock = NSLock()
    private var sortKeys: [ItemKey: SortKey] = [:]
    private var lists: [ItemType: [ItemKey]] = [:]
    private var terms: [TermKey: [ItemKey]] = [:]
    private var publications: [String: [ItemKey]] = [:]
    private var facetTerms: [ItemType: FacetTerms] = [:]
    private var tiles: [ItemKey: TileView] = [:]
    private var totals: [CollectionKey: [ItemType: Int]] = [:]
    private var positions: [ItemType: [ItemKey: Int]] = [:]

    /// A collection the site shows in pages, grouped by type.
    enum CollectionKey: Hashable { case term(TermKey), drawn(String) }

    /// The term ids and publications the items of a list use, for its filter menus.
    struct FacetTerms {
        var terms: [TaxonomyName: Set<String>]
        var publications: Set<String>
    }

    public init(graph: ContentGraph) {
        self.graph = graph
    }

    /// Lists show items by kind, then by title (case- and accent-insensitive: Één with Een).
    struct SortKey: Comparable {
        var kind: String
        var title: String
        var key: ItemKey

        static func < (a: SortKey, b: SortKey) -> Bool {
            if a.kind != b.kind { return a.kind < b.kind }
            if a.title != b.title { return a.title < b.title }
            return a.key < b.key
        }
    }

    /// Every item of `type`, in catalogue order.
    func list(_ type: ItemType) -> [ItemKey] {
        cached(type, in: \.lists) { graph.items(type).map { sortKey($0.key) }.sorted().map(\.key) }
    }

    /// The items carrying `term`, by type, each type in catalogue order.
    func members(_ term: TermKey) -> [ItemKey] {
        cached(term, in: \.terms) { byType(graph.members(term)) }
    }

    /// The items drawn from a publication, by type (conclusions first), in catalogue order.
    func drawn(from publication: String) -> [ItemKey] {
        cached(publication, in: \.publications) {
            let keys = graph.itemsCiting(publication: publication).filter { Self.drawnTypes.contains($0.type) }
            return Self.drawnTypes.flatMap { type in sorted(keys.filter { $0.type == type }) }
        }
    }

    /// What the items of `type` use, per facet.
    func facetTerms(_ type: ItemType) -> FacetTerms {
        cached(type, in: \.facetTerms) {
            var terms: [TaxonomyName: Set<String>] = [:]
            var publications: Set<String> = []
            for item in graph.items(type) {
                for (taxonomy, ids) in item.terms { terms[taxonomy, default: []].formUnion(ids) }
                if let publication = item.publication { publications.insert(publication) }
            }
            return FacetTerms(terms: terms, publications: publications)
        }
    }

    /// How many items of each type a collection holds.
    func totals(of collection: CollectionKey) -> [ItemType: Int] {
        cached(collection, in: \.totals) {
            let keys: [ItemKey]
            switch collection {
            case .term(let term): keys = members(term)
            case .drawn(let publication): keys = drawn(from: publication)
            }
            return Dictionary(grouping: keys, by: \.type).mapValues(\.count)
        }
    }

    /// An item's tile if it was made in this run.
    func madeTile(_ key: ItemKey) -> TileView? {
        lock.lock(); defer { lock.unlock() }
        return tiles[key]
    }

    /// An item's tile, made by `make` the first time it is asked for.
    func tile(_ key: ItemKey, make: () -> TileView) -> TileView {
        cached(key, in: \.tiles, make)
    }

    static let drawnTypes: [ItemType] = [.conclusion, .card, .factsheet, .swot]

    private func byType(_ keys: [ItemKey]) -> [ItemKey] {
        ItemType.allCases.flatMap { type in sorted(keys.filter { $0.type == type }) }
    }

    /// Keys of one type (every caller passes one) in catalogue order: by their place in the
    /// type's list, which is sorted once, instead of comparing kinds and titles again for every
    /// term (4 % of a build).
    private func sorted(_ keys: [ItemKey]) -> [ItemKey] {
        guard let type = keys.first?.type else { return [] }
        let position = positions(of: type)
        // A key the graph does not hold sorts first, as its empty sort key did.
        return keys.map { (position[$0] ?? -1, $0) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            .map(\.1)
    }

    private func positions(of type: ItemType) -> [ItemKey: Int] {
        cached(type, in: \.positions) {
            let list = list(type)
            var made: [ItemKey: Int] = [:]
            made.reserveCapacity(list.count)
            for (position, key) in list.enumerated() { made[key] = position }
            return made
        }
    }

    private func sortKey(_ key: ItemKey) -> SortKey {
        cached(key, in: \.sortKeys) {
            let item = graph.item(key)
            let kind = item?.terms[.kind]?.first.flatMap { graph.taxonomies.term(TermKey(.kind, $0))?.label } ?? ""
            return SortKey(kind: kind, title: Self.foldedForSorting(item?.title ?? ""), key: key)
        }
    }

    /// Case- and accent-insensitive (Één sorts with Een); plain ASCII, the usual case, is only
    /// lowercased, which is far cheaper than Foundation's folding.
    static func foldedForSorting(_ title: String) -> String {
        if let folded = SortFolding.folded(title) { return folded }
        return title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// `table[key]`, made by `make` the first time. Made outside the lock: `make` may ask for
    /// other tables (a term's totals its members, the members their sort keys); two threads
    /// making the same entry at once make equal values.
    private func cached<Key: Hashable, Value>(_ key: Key, in table: ReferenceWritableKeyPath<SiteIndex, [Key: Value]>,
                                              _ make: () -> Value) -> Value {
        lock.lock()
        let known = self[keyPath: table][key]
        lock.unlock()
        if let known { return known }
        let made = make()
        lock.lock()
        self[keyPath: table][key] = made
        lock.unlock()
        return made
    }
}
