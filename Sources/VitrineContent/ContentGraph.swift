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
        for var item in changed {
            if item.date == nil, let publication = item.publication {
                item.date = items[ItemKey(.publication, publication)]?.date
            }
            guard let old = items[item.key] else { return nil }
            items[item.key] = item
            let before = builder.links(of: old, in: items, report: false)
            let after = builder.links(of: item, in: items, report: true)
            for target in Set(before.targets).subtracting(after.targets) { incoming[target]?.removeAll { $0 == item.key } }
            for target in Set(after.targets).subtracting(before.targets) { incoming[target, default: []].insertSorted(item.key) }
            for term in Set(before.memberships).subtracting(after.memberships) { members[term]?.removeAll { $0 == item.key } }
            for term in Set(after.memberships).subtracting(before.memberships) { members[term, default: []].insertSorted(item.key) }
            outgoing[item.key] = after.targets
            affected.formUnion(before.targets + after.targets + [item.key])
        }
        diagnostics += builder.diagnostics
        var graph = ContentGraph(site: site, taxonomies: taxonomies, reports: reports, items: items, outgoing: outgoing,
                                 incoming: incoming, members: members, orphanWarnings: orphanWarnings, keysByType: keysByType)
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

/// Builds the graph from parsed items: resolves every reference, records links both ways and
/// term membership, and reports what does not resolve and what looks suspicious.
struct GraphBuilder {
    let site: SiteConfig
    let taxonomies: Taxonomies
    let parsedItems: [Item]
    let reports: [ReportDefinition]
    /// Items whose file exists but could not be read: references to them are not reported
    /// again, the file's own diagnostic says what is wrong.
    let unreadable: Set<ItemKey>
    private(set) var diagnostics: [Diagnostic] = []

    init(site: SiteConfig, taxonomies: Taxonomies, items: [Item], reports: [ReportDefinition], unreadable: Set<ItemKey>) {
        self.site = site
        self.taxonomies = taxonomies
        self.parsedItems = items
        self.reports = reports
        self.unreadable = unreadable
    }

    mutating func build(extraReferences: [Reference]) -> ContentGraph {
        var items: [ItemKey: Item] = [:]
        for item in parsedItems {
            if let first = items[item.key] {
                diagnostics.append(.error("duplicate \(item.type.rawValue) id '\(item.id)'", at: SourceLocation(file: item.file),
                                          hint: "also defined in \(first.file); ids are unique within their type"))
                continue
            }
            items[item.key] = item
        }
        var reportIDs: Set<String> = []
        for report in reports where !reportIDs.insert(report.id).inserted {
            diagnostics.append(.error("duplicate report id '\(report.id)'", at: SourceLocation(file: report.file)))
        }
        // Items without a date of their own take their publication's.
        for (key, item) in items where item.date == nil {
            if let publication = item.publication, let date = items[ItemKey(.publication, publication)]?.date {
                items[key]?.date = date
            }
        }

        var outgoing: [ItemKey: [ItemKey]] = [:]
        var incoming: [ItemKey: Set<ItemKey>] = [:]
        var members: [TermKey: Set<ItemKey>] = [:]
        for item in items.values {
            let links = links(of: item, in: items, report: true)
            for target in links.targets { incoming[target, default: []].insert(item.key) }
            for term in links.memberships { members[term, default: []].insert(item.key) }
            outgoing[item.key] = links.targets
        }
        for reference in extraReferences { _ = resolve(reference, in: items) }

        var graph = ContentGraph(site: site, taxonomies: taxonomies, reports: reports, items: items,
                                 outgoing: outgoing, incoming: incoming.mapValues { $0.sorted() },
                                 members: members.mapValues { $0.sorted() })
        for key in graph.allKeys { graph.orphanWarnings[key] = Self.orphanWarning(for: key, in: graph) }
        diagnostics += graph.orphanWarnings.values
        return graph
    }

    /// The items an item links to (in the order first written, without repeats) and the terms
    /// it is a member of. Reports unresolved references when `report` is set.
    mutating func links(of item: Item, in items: [ItemKey: Item], report: Bool) -> (targets: [ItemKey], memberships: [TermKey]) {
        var targets: [ItemKey] = []
        var memberships: [TermKey] = []
        var seen: Set<ItemKey> = []
        for reference in item.references {
            let resolved = report ? resolve(reference, in: items) : true
            guard resolved else { continue }
            switch reference.target {
            case .item(let target) where target != item.key:
                if seen.insert(target).inserted { targets.append(target) }
                if report, !item.draft, items[target]?.draft == true {
                    diagnostics.append(.warning("\(target) is a draft: this link leads nowhere on a site built without --drafts",
                                                at: reference.location, hint: "publish it, or remove the link until it is"))
                }
            case .term(let term) where isMembership(reference, of: item):
                if !memberships.contains(term) { memberships.append(term) }
            default: break
            }
        }
        return (targets, memberships)
    }

    /// A term reference makes the item a member when it is written in a taxonomy field (or
    /// `kind`), not when the body merely links to the term's page.
    private func isMembership(_ reference: Reference, of item: Item) -> Bool {
        guard case .term(let term) = reference.target else { return false }
        return item.terms[term.taxonomy]?.contains(term.id) == true
            && reference.location.line < item.bodyStartLine
    }

    /// Checks that a reference points at something that exists; reports it when not.
    private mutating func resolve(_ reference: Reference, in items: [ItemKey: Item]) -> Bool {
        switch reference.target {
        case .item(let key):
            if items[key] != nil { return true }
            if unreadable.contains(key) { return false }
            let candidates = items.keys.lazy.filter { $0.type == key.type }.map(\.id)
            diagnostics.append(.error("unknown \(key.type.rawValue) '\(key.id)'", at: reference.location,
                                      hint: Suggestion.hint(for: key.id, among: candidates)))
        case .term(let key):
            if taxonomies.term(key) != nil { return true }
            diagnostics.append(.error("unknown \(key.taxonomy.rawValue) '\(key.id)'", at: reference.location,
                                      hint: Suggestion.hint(for: key.id, among: taxonomies.terms(key.taxonomy).map(\.id))
                                          ?? "add it to taxonomies.yml under '\(key.taxonomy.key)'"))
        case .report(let id):
            if reports.contains(where: { $0.id == id }) { return true }
            diagnostics.append(.error("unknown report '\(id)'", at: reference.location,
                                      hint: Suggestion.hint(for: id, among: reports.map(\.id))))
        }
        return false
    }

    /// An item nobody links to, that links nowhere and has no term is invisible except in
    /// the full list: legal, but probably forgotten.
    static func orphanWarning(for key: ItemKey, in graph: ContentGraph) -> Diagnostic? {
        guard key.type.isKnowledgeItem, let item = graph.item(key) else { return nil }
        let hasTerms = TaxonomyName.itemFields.contains { !(item.terms[$0] ?? []).isEmpty }
        let links = graph.outgoing(key).contains { $0.type != .publication }
        guard !hasTerms && !links && graph.backlinks(key).isEmpty else { return nil }
        return .warning("\(item.type.rawValue) '\(item.id)' has no themes, groups, regions or sectors and no item links to it",
                        at: SourceLocation(file: item.file), hint: "add a theme, or link to it from a related item")
    }
}

extension Array where Element == ItemKey {
    /// Inserts keeping the array sorted and free of repeats.
    mutating func insertSorted(_ key: ItemKey) {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < key { low = middle + 1 } else { high = middle }
        }
        if low < count && self[low] == key { return }
        insert(key, at: low)
    }
}
