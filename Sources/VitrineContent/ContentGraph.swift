/// The whole content, validated and cross-linked: items by type and id, references in both
/// directions, taxonomy membership and report definitions. Immutable once built.
public struct ContentGraph: Sendable {
    public let site: SiteConfig
    public let taxonomies: Taxonomies
    public let reports: [ReportDefinition]
    private let itemsByKey: [ItemKey: Item]
    private let keysByType: [ItemType: [ItemKey]]
    private let outgoingLinks: [ItemKey: [ItemKey]]
    private let incomingLinks: [ItemKey: [ItemKey]]
    private let termMembers: [TermKey: [ItemKey]]
    /// Warnings about items nobody links to, kept so an update can revise just the affected ones.
    var orphanWarnings: [ItemKey: Diagnostic]
    /// Each item's warnings about links to drafts, kept so an update that parses only the
    /// saved items still reports those of the others.
    var draftLinkWarnings: [ItemKey: [Diagnostic]] = [:]

    init(site: SiteConfig, taxonomies: Taxonomies, reports: [ReportDefinition], items: [ItemKey: Item],
         outgoing: [ItemKey: [ItemKey]], incoming: [ItemKey: [ItemKey]], members: [TermKey: [ItemKey]],
         orphanWarnings: [ItemKey: Diagnostic] = [:], keysByType: [ItemType: [ItemKey]]? = nil) {
        self.site = site
        self.taxonomies = taxonomies
        self.reports = reports.sorted { $0.id < $1.id }
        itemsByKey = items
        self.keysByType = keysByType ?? Dictionary(grouping: items.keys, by: \.type).mapValues { $0.sorted() }
        outgoingLinks = outgoing
        incomingLinks = incoming
        termMembers = members
        self.orphanWarnings = orphanWarnings
    }

    /// The graph with some items replaced by new versions of themselves, updating links and
    /// memberships around them instead of rebuilding everything: what a preview needs after
    /// one file was saved. Nil when the change is not of that kind (an item added or
    /// removed, a publication changed), and the caller builds the graph anew.
    /// `taxonomies` may differ from the graph's in labels and descriptions, not in terms.
    func replacing(_ changed: [Item], taxonomies: Taxonomies, diagnostics: inout [Diagnostic]) -> ContentGraph? {
        // Publications pass their date on, and a draft's status is checked by every link to it:
        // both reach beyond the changed items, so they take a full build.
        guard changed.allSatisfy({ $0.type != .publication && itemsByKey[$0.key]?.draft == $0.draft }) else { return nil }
        var items = itemsByKey, outgoing = outgoingLinks, incoming = incomingLinks, members = termMembers
        var builder = GraphBuilder(site: site, taxonomies: taxonomies, items: [], reports: reports, unreadable: [])
        var affected: Set<ItemKey> = []
        var draftLinks = draftLinkWarnings
        for var item in changed {
            if item.date == nil, let publication = item.publication {
                item.date = items[ItemKey(.publication, publication)]?.date
            }
            guard let old = items[item.key] else { return nil }
            items[item.key] = item
            let before = builder.links(of: old, in: items, report: false)
            let after = builder.reportedLinks(of: item, in: items)
            draftLinks[item.key] = after.draftLinkWarnings.isEmpty ? nil : after.draftLinkWarnings
            for target in Set(before.targets).subtracting(after.targets) { incoming[target]?.removeAll { $0 == item.key } }
            for target in Set(after.targets).subtracting(before.targets) { incoming[target, default: []].insertSorted(item.key) }
            for term in Set(before.memberships).subtracting(after.memberships) { members[term]?.removeAll { $0 == item.key } }
            for term in Set(after.memberships).subtracting(before.memberships) { members[term, default: []].insertSorted(item.key) }
            outgoing[item.key] = after.targets
            affected.formUnion(before.targets + after.targets + [item.key])
        }
        diagnostics += builder.diagnostics.filter { $0.code != .linkToDraft } + draftLinks.values.joined()
        var graph = ContentGraph(site: site, taxonomies: taxonomies, reports: reports, items: items, outgoing: outgoing,
                                 incoming: incoming, members: members, orphanWarnings: orphanWarnings, keysByType: keysByType)
        graph.draftLinkWarnings = draftLinks
        for key in affected { graph.orphanWarnings[key] = GraphBuilder.orphanWarning(for: key, in: graph) }
        return graph
    }

    public func item(_ key: ItemKey) -> Item? { itemsByKey[key] }

    /// Items of one type, sorted by id.
    public func items(_ type: ItemType) -> [Item] { (keysByType[type] ?? []).compactMap { itemsByKey[$0] } }

    public var allItems: [Item] { ItemType.allCases.flatMap { items($0) } }

    /// Every item's key, by type and id, without copying the items.
    public var allKeys: [ItemKey] { ItemType.allCases.flatMap { keysByType[$0] ?? [] } }

    public var itemCount: Int { itemsByKey.count }

    /// The items `key` refers to (front matter and body), in the order first written, without repeats.
    public func outgoing(_ key: ItemKey) -> [ItemKey] { outgoingLinks[key] ?? [] }

    /// The items that refer to `key`, sorted.
    public func backlinks(_ key: ItemKey) -> [ItemKey] { incomingLinks[key] ?? [] }

    /// The items carrying a term (for kinds: the cards of that kind), sorted.
    public func members(_ term: TermKey) -> [ItemKey] { termMembers[term] ?? [] }

    /// The items drawn from a publication, sorted.
    public func itemsCiting(publication id: String) -> [ItemKey] {
        backlinks(ItemKey(.publication, id)).filter { itemsByKey[$0]?.publication == id }
    }

    public func report(_ id: String) -> ReportDefinition? { reports.first { $0.id == id } }

    /// The graph without drafts, and without links to them: what a build without `--drafts` publishes.
    public func withoutDrafts() -> ContentGraph {
        guard itemsByKey.values.contains(where: \.draft) else { return self }
        let kept = itemsByKey.filter { !$0.value.draft }
        func keep(_ keys: [ItemKey]) -> [ItemKey] { keys.filter { kept[$0] != nil } }
        return ContentGraph(
            site: site, taxonomies: taxonomies, reports: reports, items: kept,
            outgoing: outgoingLinks.filter { kept[$0.key] != nil }.mapValues(keep),
            incoming: incomingLinks.filter { kept[$0.key] != nil }.mapValues(keep),
            members: termMembers.mapValues(keep))
    }
}
