import VitrineContent
import VitrineTemplates

/// Builds the view models of pages from the content graph. Pure: same graph, same views.
struct ViewModelBuilder {
    let graph: TrackedGraph
    let strings: InterfaceStrings
    let format: ValueFormatter
    let body: BodyRenderer
    let assets: AssetNames
    /// Renders each item's tile once and hands out the HTML (nil: templates render tiles).
    let tiles: TileRenderer?

    init(graph: ContentGraph, strings: InterfaceStrings, assets: AssetNames, tiles: TileRenderer? = nil,
         recorder: DependencyRecorder? = nil) {
        self.tiles = tiles
        self.graph = TrackedGraph(graph: graph, recorder: recorder)
        self.strings = strings
        self.format = ValueFormatter(strings: strings)
        self.body = BodyRenderer(graph: self.graph)
        self.assets = assets
    }

    /// The same builder, recording what the views it builds read.
    func recording(into recorder: DependencyRecorder) -> ViewModelBuilder {
        ViewModelBuilder(graph: graph.graph, strings: strings, assets: assets, tiles: tiles, recorder: recorder)
    }

    // MARK: Shared pieces

    func page(title: String, description: String, path: String, ogType: String = "website",
              jsonLD: String? = nil, draft: Bool = false) -> PageView {
        let site = graph.site
        let fullTitle = path == "/" ? site.title : "\(title) · \(site.title)"
        let navigation = site.navigation.map { entry -> LinkView in
            let url: String
            switch entry.target {
            case .reference(let target): url = URLScheme.path(target)
            case .href(let href): url = href
            }
            let current = url == path || (url != "/" && url.hasPrefix("/") && path.hasPrefix(url))
            return LinkView(label: entry.label, url: url, current: current)
        }
        return PageView(
            site: SiteView(title: site.title, description: site.description, language: site.language,
                           copyright: site.copyright, baseURL: site.baseURL, navigation: navigation,
                           stylesheet: assets.stylesheet, script: assets.script, favicon: assets.favicon),
            t: strings.labels,
            meta: MetaView(title: fullTitle, description: description,
                           canonical: URLScheme.absolute(path, baseURL: site.baseURL), path: path,
                           ogType: ogType, jsonLD: jsonLD, draft: draft))
    }

    func typeLabel(_ type: ItemType) -> String { strings["type_\(type.rawValue)"] }

    func typePlural(_ type: ItemType) -> String { strings["types_\(type.rawValue)"] }

    func taxonomyLabel(_ taxonomy: TaxonomyName) -> String { strings["taxonomy_\(taxonomy.rawValue)"] }

    func kind(of item: Item) -> Term? {
        guard case .card(let kind) = item.details else { return nil }
        return graph.term(TermKey(.kind, kind))
    }

    func tile(_ key: ItemKey) -> TileView? {
        graph.item(key).map(tile)
    }

    func tile(_ item: Item) -> TileView {
        func facet(_ taxonomy: TaxonomyName) -> String { (item.terms[taxonomy] ?? []).joined(separator: " ") }
        var tile = TileView(
            url: URLScheme.path(item.key), title: item.title, summary: item.summary,
            typeLabel: typeLabel(item.type), kindLabel: kind(of: item)?.label,
            date: item.date.map(format.date), draft: item.draft,
            facetKind: facet(.kind), facetThemes: facet(.theme), facetGroups: facet(.group),
            facetRegions: facet(.region), facetSectors: facet(.sector),
            facetPublication: item.publication ?? (item.type == .publication ? item.id : ""))
        tile.html = tiles?.html(for: item.key, tile) ?? ""
        return tile
    }

    func tiles(_ keys: [ItemKey]) -> [TileView] { keys.compactMap(tile) }

    func tiles(_ targets: [ReferenceTarget]) -> [TileView] {
        tiles(targets.compactMap { if case .item(let key) = $0 { key } else { nil } })
    }

    func chips(_ item: Item) -> [ChipView] {
        TaxonomyName.allCases.flatMap { taxonomy in
            (item.terms[taxonomy] ?? []).compactMap { id -> ChipView? in
                guard let term = graph.term(TermKey(taxonomy, id)) else { return nil }
                return ChipView(taxonomy: taxonomyLabel(taxonomy), label: term.label, url: URLScheme.path(TermKey(taxonomy, id)))
            }
        }
    }

    func sourceLine(_ item: Item) -> SourceLineView? {
        guard let id = item.publication, let publication = graph.item(ItemKey(.publication, id)),
              case .publication(let info) = publication.details else { return nil }
        let page = item.source?.page
        return SourceLineView(
            publicationTitle: publication.title, publicationURL: URLScheme.path(publication.key),
            publisher: info.publisher ?? strings["notStated"],
            year: publication.date.map { String($0.year) } ?? "", section: item.source?.section,
            page: page, pageIsRange: page?.contains("-") ?? false)
    }

    func pagefindFilters(_ item: Item) -> [PagefindFilter] {
        var filters = [PagefindFilter(name: strings["filter_type"], value: typePlural(item.type))]
        for taxonomy in TaxonomyName.allCases {
            for id in item.terms[taxonomy] ?? [] {
                if let term = graph.term(TermKey(taxonomy, id)) {
                    filters.append(PagefindFilter(name: taxonomyLabel(taxonomy), value: term.label))
                }
            }
        }
        if let id = item.publication, let publication = graph.item(ItemKey(.publication, id)) {
            filters.append(PagefindFilter(name: strings["filter_publication"], value: publication.title))
        }
        return filters
    }

    // MARK: Items

    func itemPage(_ item: Item) -> PageView {
        graph.recorder?.record(.page(item.key))
        let path = URLScheme.path(item.key)
        let related = item.related.compactMap { target -> ItemKey? in
            if case .item(let key) = target { key } else { nil }
        }
        let cites = graph.outgoing(item.key).filter { $0.type != .publication && !related.contains($0) }
        var view = ItemView(
            key: item.key.description, type: item.type.rawValue, typeLabel: typeLabel(item.type),
            kindLabel: kind(of: item)?.label, title: item.title, summary: item.summary,
            body: body.html(item.body), date: item.date.map(format.date), dateISO: item.date?.description,
            draft: item.draft, chips: chips(item), source: sourceLine(item),
            cites: tiles(cites), citedBy: tiles(graph.backlinks(item.key).filter { $0.type != .page }),
            related: tiles(related), pagefindFilters: pagefindFilters(item))
        var jsonLD: String?
        switch item.details {
        case .card, .page: break
        case .conclusion(let conclusion):
            view.conclusion = ConclusionView(
                number: conclusion.number, level: conclusion.level.map { strings["level_\($0.rawValue)"] },
                evidence: tiles(conclusion.evidence), recommendations: tiles(conclusion.recommendations))
        case .factsheet(let sheet):
            view.factsheet = factsheet(sheet, id: item.id)
        case .swot(let swot):
            view.swot = swotView(swot)
        case .publication(let info):
            view.publication = publication(item, info)
            jsonLD = JSONLD.publication(item, info, url: URLScheme.absolute(path, baseURL: graph.site.baseURL))
        }
        var page = page(title: item.title, description: item.summary ?? graph.site.description, path: path,
                        ogType: "article", jsonLD: jsonLD, draft: item.draft)
        page.item = view
        return page
    }

    func factsheet(_ sheet: Factsheet, id: String) -> FactsheetView {
        let figures = sheet.figures.map(figure)
        var tables: [TableView] = []
        for (index, table) in sheet.tables.enumerated() {
            let numeric = table.unit == "%" ? { (v: Double) in format.number(v, maximumDecimals: 1) } : { format.number($0) }
            let rows = table.rows.map { row in
                TableRowView(head: cellText(row.first ?? .text(""), numeric),
                             cells: row.dropFirst().map { CellView(text: cellText($0, numeric), numeric: $0.number != nil) })
            }
            var chart: String?
            if table.chart == .bar {
                chart = BarChart(table: table, formatter: format, title: "\(strings["table"]) \(index + 1): \(table.caption)").svg()
            }
            tables.append(TableView(number: index + 1, id: "tabel-\(index + 1)", caption: table.caption, unit: table.unit,
                                    note: table.note, page: table.page, header: table.columns, rows: rows, chart: chart))
        }
        return FactsheetView(subject: sheet.subject, asOf: sheet.asOf.map(format.date), figures: figures,
                             tables: tables, csvURL: URLScheme.csv(id))
    }

    func figure(_ figure: Figure) -> FigureView {
        let context = [figure.area, figure.period].compactMap { $0 }.joined(separator: ", ")
        return FigureView(label: figure.label, value: format.value(figure.value, unit: figure.unit),
                          context: context.isEmpty ? nil : context, note: figure.note, page: figure.page)
    }

    private func cellText(_ cell: Cell, _ numeric: (Double) -> String) -> String {
        switch cell {
        case .text(let text): text
        case .number(let value): numeric(value)
        }
    }

    func swotView(_ swot: SWOT) -> SWOTView {
        func quadrant(_ q: SWOT.Quadrant) -> QuadrantView {
            let entries = swot.entries(q).map { entry -> SWOTEntryView in
                SWOTEntryView(text: entry.text, url: entry.ref.map(URLScheme.path), refTitle: entry.ref.map(body.title))
            }
            return QuadrantView(label: strings["swot_\(q.rawValue)"], entries: entries, empty: entries.isEmpty)
        }
        return SWOTView(subject: swot.subject, derived: swot.derived, strengths: quadrant(.strengths),
                        weaknesses: quadrant(.weaknesses), opportunities: quadrant(.opportunities), threats: quadrant(.threats))
    }

    func publication(_ item: Item, _ info: PublicationInfo) -> PublicationView {
        let drawn = graph.itemsCiting(publication: item.id)
        let groups = [ItemType.conclusion, .card, .factsheet, .swot].compactMap { type -> GroupView? in
            let keys = drawn.filter { $0.type == type }
            guard !keys.isEmpty else { return nil }
            return GroupView(label: typePlural(type), count: keys.count, tiles: tiles(keys))
        }
        let report = graph.reports.first { $0.publication == item.id }
        return PublicationView(
            subtitle: info.subtitle, authors: info.authors.isEmpty ? nil : info.authors.joined(separator: ", "),
            publisher: info.publisher, place: info.place, commissioner: info.commissioner, number: info.number,
            url: info.url, rights: info.rights, reportURL: report.map { URLScheme.report($0.id) }, drawnFrom: groups)
    }

    // MARK: Lists

    func facets(for items: [Item]) -> [FacetView] {
        var facets: [FacetView] = []
        for taxonomy in TaxonomyName.allCases {
            let used = Set(items.flatMap { $0.terms[taxonomy] ?? [] })
            let options = graph.terms(taxonomy).filter { used.contains($0.id) }
                .map { FacetOption(value: $0.id, label: $0.label) }
            if options.count > 1 {
                facets.append(FacetView(name: taxonomy.rawValue, label: taxonomyLabel(taxonomy), options: options))
            }
        }
        let publications = Set(items.compactMap(\.publication))
        if publications.count > 1 {
            let options = graph.items(.publication).filter { publications.contains($0.id) }
                .map { FacetOption(value: $0.id, label: $0.title) }
            facets.append(FacetView(name: "publication", label: strings["filter_publication"], options: options))
        }
        return facets
    }

    func listPage(_ type: ItemType) -> PageView {
        let items = sortedForList(graph.items(type))
        let path = URLScheme.index(type)
        var page = page(title: typePlural(type), description: strings["intro_\(type.rawValue)"], path: path)
        page.list = ListView(title: typePlural(type), intro: strings.labels["intro_\(type.rawValue)"], count: items.count,
                             tiles: items.map(tile), facets: type == .publication ? [] : facets(for: items))
        return page
    }

    /// Lists show items by title within their kind, so a list reads like a catalogue. Titles
    /// compare case- and accent-insensitively (Één with Een), keys computed once per item.
    func sortedForList(_ items: [Item]) -> [Item] {
        let keyed = items.map { item in
            (kind: kind(of: item)?.label ?? "", title: Self.sortKey(item.title), item: item)
        }
        return keyed.sorted { a, b in
            if a.kind != b.kind { return a.kind < b.kind }
            if a.title != b.title { return a.title < b.title }
            return a.item.key < b.item.key
        }.map(\.item)
    }

    static func sortKey(_ title: String) -> String {
        title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    func termPage(_ key: TermKey, _ term: Term) -> PageView {
        let members = graph.members(key).compactMap { graph.item($0) }
        let groups = ItemType.allCases.compactMap { type -> GroupView? in
            let items = sortedForList(members.filter { $0.type == type })
            guard !items.isEmpty else { return nil }
            return GroupView(label: typePlural(type), count: items.count, tiles: items.map(tile))
        }
        let label = key.taxonomy == .kind ? (term.plural ?? term.label) : term.label
        var page = page(title: label, description: term.description ?? "\(taxonomyLabel(key.taxonomy)): \(term.label)",
                        path: URLScheme.path(key))
        page.term = TermView(taxonomyLabel: taxonomyLabel(key.taxonomy), label: label, description: term.description,
                             count: members.count, groups: groups)
        return page
    }

    func termsPage(_ taxonomy: TaxonomyName) -> PageView {
        let title = strings["taxonomies_\(taxonomy.rawValue)"]
        var page = page(title: title, description: title, path: URLScheme.index(taxonomy))
        page.terms = TermsView(title: title, entries: termEntries(taxonomy))
        return page
    }

    func termEntries(_ taxonomy: TaxonomyName) -> [TermEntryView] {
        graph.terms(taxonomy).map { term in
            let key = TermKey(taxonomy, term.id)
            return TermEntryView(label: taxonomy == .kind ? (term.plural ?? term.label) : term.label,
                                 url: URLScheme.path(key), description: term.description, count: graph.members(key).count)
        }.filter { $0.count > 0 }
    }

    func homePage() -> PageView {
        let intro = graph.fullItem(ItemKey(.page, "index"))
        let knowledge = [ItemType.card, .conclusion, .factsheet, .swot].flatMap { graph.items($0) }
        let latest = knowledge.sorted { a, b in
            let da = a.date ?? ContentDate(year: 1, month: 1, day: 1)!, db = b.date ?? ContentDate(year: 1, month: 1, day: 1)!
            return da != db ? da > db : a.key < b.key
        }.prefix(6).map(tile)
        let keyFigures = graph.items(.factsheet).compactMap { item -> FigureView? in
            graph.recorder?.record(.page(item.key))
            guard case .factsheet(let sheet) = item.details, let first = sheet.figures.first else { return nil }
            return figure(first)
        }.prefix(4)
        let sections = [ItemType.card, .conclusion, .factsheet, .swot, .publication].map { type in
            TermEntryView(label: typePlural(type), url: URLScheme.index(type), description: strings["intro_\(type.rawValue)"],
                          count: graph.items(type).count)
        }
        var page = page(title: graph.site.title, description: graph.site.description, path: "/")
        page.home = HomeView(intro: intro.map { body.html($0.body) } ?? "", latest: Array(latest),
                             keyFigures: Array(keyFigures), sections: sections, themes: termEntries(.theme),
                             publications: graph.items(.publication).map(tile))
        return page
    }
}

import Foundation
