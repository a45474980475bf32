/// Builds the graph from parsed items: resolves every reference, records links both ways and
/// term membership, and reports what does not resolve and what looks suspicious.
struct GraphBuilder: Sendable {
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
                diagnostics.append(.error(.duplicateID, ["duplicate": .phrase("duplicate.\(item.type.rawValue)"), "id": .value(item.id)],
                                          at: SourceLocation(file: item.file), hint: .phrase("also-defined-in", ["file": .value(first.file)])))
                continue
            }
            items[item.key] = item
        }
        var reportIDs: Set<String> = []
        for report in reports where !reportIDs.insert(report.id).inserted {
            diagnostics.append(.error(.duplicateID, ["duplicate": .phrase("duplicate.report"), "id": .value(report.id)], at: SourceLocation(file: report.file)))
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
        var draftLinks: [ItemKey: [Diagnostic]] = [:]
        // Each item's references resolve on its own, so on all cores (the graph build was 11 % of
        // a `check`, on one core); the problems are merged in the same order as one by one.
        let resolver = GraphBuilder(site: site, taxonomies: taxonomies, items: [], reports: reports, unreadable: unreadable)
        let resolvedItems = items
        let linked = parallelMap(Array(items.values)) { item in
            var builder = resolver
            return (item.key, builder.reportedLinks(of: item, in: resolvedItems), builder.diagnostics)
        }
        for (key, links, problems) in linked {
            diagnostics += problems
            if !links.draftLinkWarnings.isEmpty { draftLinks[key] = links.draftLinkWarnings }
            for target in links.targets { incoming[target, default: []].insert(key) }
            for term in links.memberships { members[term, default: []].insert(key) }
            outgoing[key] = links.targets
        }
        for reference in extraReferences { _ = resolve(reference, in: items) }

        var graph = ContentGraph(site: site, taxonomies: taxonomies, reports: reports, items: items,
                                 outgoing: outgoing, incoming: Self.sortedInParallel(incoming),
                                 members: Self.sortedInParallel(members))
        graph.draftLinkWarnings = draftLinks
        for key in graph.allKeys { graph.orphanWarnings[key] = Self.orphanWarning(for: key, in: graph) }
        diagnostics += graph.orphanWarnings.values
        return graph
    }

    /// Each set of keys in order, the sets sorted on all cores (2 % of a `check` on one core).
    static func sortedInParallel<Key: Hashable & Sendable>(_ sets: [Key: Set<ItemKey>]) -> [Key: [ItemKey]] {
        let sorted = parallelMap(Array(sets)) { entry in (entry.key, entry.value.sorted()) }
        return Dictionary(uniqueKeysWithValues: sorted)
    }

    /// `links(of:in:report:)` with its problems reported, and the warnings among them about
    /// links to drafts apart: the graph keeps those per item, so that an update parsing only
    /// the saved items still reports the others' (`ContentGraph.replacing`).
    mutating func reportedLinks(of item: Item, in items: [ItemKey: Item])
        -> (targets: [ItemKey], memberships: [TermKey], draftLinkWarnings: [Diagnostic]) {
        let reported = diagnostics.count
        let links = links(of: item, in: items, report: true)
        let warnings = diagnostics[reported...].filter { $0.code == .linkToDraft }
        return (links.targets, links.memberships, warnings)
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
                    diagnostics.append(.warning(.linkToDraft, ["target": .value("\(target)")],
                                                at: reference.location, hint: .phrase("publish-or-unlink")))
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
            diagnostics.append(.error(.unknownItem, ["unknown": .phrase("unknown.\(key.type.rawValue)"), "id": .value(key.id)], at: reference.location,
                                      hint: .didYouMean(Suggestion.closest(to: key.id, among: candidates))))
        case .term(let key):
            if taxonomies.term(key) != nil { return true }
            diagnostics.append(.error(.unknownTerm, ["unknown": .phrase("unknown.\(key.taxonomy.rawValue)"), "id": .value(key.id)], at: reference.location,
                                      hint: .didYouMean(Suggestion.closest(to: key.id, among: taxonomies.terms(key.taxonomy).map(\.id)))
                                          ?? .phrase("add-term", ["key": .value(key.taxonomy.key)])))
        case .report(let id):
            if reports.contains(where: { $0.id == id }) { return true }
            diagnostics.append(.error(.unknownItem, ["unknown": .phrase("unknown.report"), "id": .value(id)], at: reference.location,
                                      hint: .didYouMean(Suggestion.closest(to: id, among: reports.map(\.id)))))
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
        return .warning(.orphan, ["item": .phrase("the.\(item.type.rawValue)", ["id": .value(item.id)])],
                        at: SourceLocation(file: item.file), hint: .phrase("add-theme-or-link"))
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
