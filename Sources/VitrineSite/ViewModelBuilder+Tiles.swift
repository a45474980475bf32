import VitrineContent
import VitrineTemplates

/// Tiles, chips, source lines and search filters: the pieces many pages share.
extension ViewModelBuilder {
    /// The tile of an item, made once per run and shared by every page that shows it; each
    /// page still records what the tile shows of the item and of its kind.
    func tile(_ key: ItemKey) -> TileView? {
        // A one-off build records no dependencies, so a tile made before needs no look at its item.
        if graph.recorder == nil, let made = index.madeTile(key) { return made }
        guard let item = graph.item(key) else { return nil }
        if let kind = item.terms[.kind]?.first { graph.recorder?.record(.term(TermKey(.kind, kind))) }
        return index.tile(key) { makeTile(item) }
    }

    func tile(_ item: Item) -> TileView { tile(item.key) ?? makeTile(item) }

    private func makeTile(_ item: Item) -> TileView {
        func facet(_ taxonomy: TaxonomyName) -> String { (item.terms[taxonomy] ?? []).joined(separator: " ") }
        let content = TileView.Content(
            url: URLScheme.path(item.key), title: item.title, summary: item.summary,
            typeLabel: typeLabel(item.type), kindLabel: kind(of: item)?.label,
            date: item.date.map(format.date), draft: item.draft,
            facetKind: facet(.kind), facetThemes: facet(.theme), facetGroups: facet(.group),
            facetRegions: facet(.region), facetSectors: facet(.sector),
            facetPublication: item.publication ?? (item.type == .publication ? item.id : ""))
        return TileView(content, html: tiles?.html(for: item.key, content) ?? "")
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
}
