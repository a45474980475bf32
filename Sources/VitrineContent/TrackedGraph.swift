/// The content graph as view builders see it: every read is recorded when a recorder is set.
public struct TrackedGraph: Sendable {
    public let graph: ContentGraph
    public let recorder: DependencyRecorder?

    public init(graph: ContentGraph, recorder: DependencyRecorder?) {
        self.graph = graph
        self.recorder = recorder
    }

    private func note(_ dependency: Dependency) { recorder?.record(dependency) }

    public var site: SiteConfig { note(.site); return graph.site }

    public func term(_ key: TermKey) -> Term? { note(.term(key)); return graph.taxonomies.term(key) }

    /// All terms of a vocabulary, each read in full.
    public func terms(_ taxonomy: TaxonomyName) -> [Term] {
        note(.vocabulary(taxonomy))
        let terms = graph.taxonomies.terms(taxonomy)
        for term in terms { note(.term(TermKey(taxonomy, term.id))) }
        return terms
    }

    public var reports: [ReportDefinition] { note(.reports); return graph.reports }

    public func report(_ id: String) -> ReportDefinition? { note(.reports); return graph.report(id) }

    /// An item read for a tile, a link or a title.
    public func item(_ key: ItemKey) -> Item? { note(.tile(key)); return graph.item(key) }

    /// An item read in full (its page, or its figures on the home page).
    public func fullItem(_ key: ItemKey) -> Item? { note(.page(key)); return graph.item(key) }

    public func items(_ type: ItemType) -> [Item] {
        note(.list(type))
        let items = graph.items(type)
        for item in items { note(.tile(item.key)) }
        return items
    }

    public func outgoing(_ key: ItemKey) -> [ItemKey] { note(.links(key)); return graph.outgoing(key) }

    public func backlinks(_ key: ItemKey) -> [ItemKey] { note(.backlinks(key)); return graph.backlinks(key) }

    public func members(_ term: TermKey) -> [ItemKey] { note(.members(term)); return graph.members(term) }

    public func itemsCiting(publication id: String) -> [ItemKey] {
        note(.backlinks(ItemKey(.publication, id)))
        return graph.itemsCiting(publication: id)
    }
}
