import Foundation
import VitrineContent
import VitrineMarkdown
import VitrineTemplates

/// The plan, made first: which items go in which section, in which order.
extension Composition {
    struct Planned {
        var section: ReportSection
        var level: Int
        var anchor: String
        var items: [Item]
        var children: [Planned]
    }

    mutating func plan(_ section: ReportSection, level: Int) -> Planned {
        let anchor = sectionAnchors.next(for: section.title)
        let items = select(section)
        for item in items where anchors[item.key] == nil {
            anchors[item.key] = Self.anchor(item.key)
        }
        let children = section.sections.map { plan($0, level: level + 1) }
        if items.isEmpty && children.isEmpty && section.intro == nil {
            diagnostics.append(.warning(.emptySection, ["section": .value(section.title)], at: section.location))
        }
        return Planned(section: section, level: level, anchor: anchor, items: items, children: children)
    }

    static func anchor(_ key: ItemKey) -> String { "\(key.type.rawValue)-\(key.id)" }

    mutating func select(_ section: ReportSection) -> [Item] {
        var selected: [Item] = []
        if !section.include.isEmpty {
            for target in section.include {
                switch target {
                case .item(let key):
                    if let item = graph.item(key) {
                        selected.append(item)
                    } else {
                        diagnostics.append(.warning(.unpublishedInReport, ["item": .value("\(key)")],
                                                    at: section.location))
                    }
                case .term(let key):
                    selected += graph.members(key).compactMap { graph.item($0) }.sorted(by: Self.byTitle)
                case .report(let id):
                    diagnostics.append(.warning(.reportInReport, ["id": .value(id)], at: section.location))
                }
            }
        } else if let query = section.query {
            selected = graph.items(query.type).filter { matches($0, query) }.sorted(by: Self.byTitle)
        }
        var seen: Set<ItemKey> = []
        selected = selected.filter { seen.insert($0.key).inserted }
        // The report shows these in full.
        for item in selected { _ = graph.fullItem(item.key) }
        switch section.sort {
        case .title?: selected.sort(by: Self.byTitle)
        case .number?: selected.sort(by: Self.byNumber)
        case .date?: selected.sort(by: Self.byDate)
        case nil: break
        }
        return selected
    }

    func matches(_ item: Item, _ query: ReportQuery) -> Bool {
        if let kind = query.kind {
            guard case .card(let itemKind) = item.details, itemKind == kind else { return false }
        }
        if let publication = query.publication {
            let drawnFrom = item.type == .publication ? item.id : item.publication
            guard drawnFrom == publication else { return false }
        }
        for (taxonomy, ids) in query.terms where !ids.isEmpty {
            guard let own = item.terms[taxonomy], own.contains(where: ids.contains) else { return false }
        }
        return true
    }

    static func byTitle(_ a: Item, _ b: Item) -> Bool {
        a.title != b.title ? PandocText.naturalLess(a.title, b.title) : a.key < b.key
    }

    /// Conclusions by their number (5.2 before 5.10); items without a number after, by title.
    static func byNumber(_ a: Item, _ b: Item) -> Bool {
        switch (number(a), number(b)) {
        case (let x?, let y?) where x != y: return PandocText.naturalLess(x, y)
        case (.some, nil): return true
        case (nil, .some): return false
        default: return byTitle(a, b)
        }
    }

    static func number(_ item: Item) -> String? {
        if case .conclusion(let conclusion) = item.details { return conclusion.number }
        return nil
    }

    /// Oldest first; items without a date after, by title.
    static func byDate(_ a: Item, _ b: Item) -> Bool {
        switch (a.date, b.date) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return byTitle(a, b)
        }
    }
}
