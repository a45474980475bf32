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

    init(site: SiteConfig, taxonomies: Taxonomies, reports: [ReportDefinition], items: [ItemKey: Item],
         outgoing: [ItemKey: [ItemKey]], incoming: [ItemKey: [ItemKey]], members: [TermKey: [ItemKey]]) {
        self.site = site
        self.taxonomies = taxonomies
        self.reports = reports.sorted { $0.id < $1.id }
        itemsByKey = items
        keysByType = Dictionary(grouping: items.keys, by: \.type).mapValues { $0.sorted() }
        outgoingLinks = outgoing
        incomingLinks = incoming
        termMembers = members
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
        var members: [TermKey: [ItemKey]] = [:]
        for key in items.keys.sorted() {
            guard let item = items[key] else { continue }
            var targets: [ItemKey] = []
            var seen: Set<ItemKey> = []
            for reference in item.references where resolve(reference, in: items) {
                switch reference.target {
                case .item(let target) where target != item.key:
                    if seen.insert(target).inserted { targets.append(target) }
                    incoming[target, default: []].insert(item.key)
                case .term(let term) where isMembership(reference, of: item):
                    if members[term]?.last != item.key { members[term, default: []].append(item.key) }
                default: break
                }
            }
            outgoing[item.key] = targets
        }
        for reference in extraReferences { _ = resolve(reference, in: items) }

        let graph = ContentGraph(site: site, taxonomies: taxonomies, reports: reports, items: items,
                                 outgoing: outgoing, incoming: incoming.mapValues { $0.sorted() },
                                 members: members.mapValues { Array(Set($0)).sorted() })
        warnAboutOrphans(graph)
        return graph
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
    private mutating func warnAboutOrphans(_ graph: ContentGraph) {
        for item in graph.allItems where item.type.isKnowledgeItem {
            let hasTerms = TaxonomyName.itemFields.contains { !(item.terms[$0] ?? []).isEmpty }
            let links = graph.outgoing(item.key).contains { $0.type != .publication }
            if !hasTerms && !links && graph.backlinks(item.key).isEmpty {
                diagnostics.append(.warning("\(item.type.rawValue) '\(item.id)' has no themes, groups, regions or sectors and no item links to it",
                                            at: SourceLocation(file: item.file),
                                            hint: "add a theme, or link to it from a related item"))
            }
        }
    }
}
