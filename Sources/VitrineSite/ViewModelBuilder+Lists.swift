import VitrineContent
import VitrineTemplates

/// The lists: every item of a type, the items of a term or drawn from a publication, the
/// terms of a vocabulary; each long list in pages of `Pagination.size`.
extension ViewModelBuilder {
    func facets(for type: ItemType) -> [FacetView] {
        let used = index.facetTerms(type)
        var facets: [FacetView] = []
        for taxonomy in TaxonomyName.allCases {
            let ids = used.terms[taxonomy] ?? []
            let options = graph.terms(taxonomy).filter { ids.contains($0.id) }
                .map { FacetOption(value: $0.id, label: $0.label) }
            if options.count > 1 {
                facets.append(FacetView(name: taxonomy.rawValue, label: taxonomyLabel(taxonomy), options: options))
            }
        }
        if used.publications.count > 1 {
            let options = graph.items(.publication).filter { used.publications.contains($0.id) }
                .map { FacetOption(value: $0.id, label: $0.title) }
            facets.append(FacetView(name: "publication", label: strings["filter_publication"], options: options))
        }
        return facets
    }

    func listPage(_ type: ItemType, page number: Int) -> PageView {
        graph.recorder?.record(.list(type))
        let keys = index.list(type)
        let base = URLScheme.index(type)
        let pages = Pagination.pageCount(keys.count)
        var page = page(title: typePlural(type), description: strings["intro_\(type.rawValue)"],
                        path: Pagination.path(base, page: number))
        page.meta.page = pages > 1 ? PageNumberView(number: number, count: pages) : nil
        let facets = type == .publication ? [] : facets(for: type)
        page.list = ListView(title: typePlural(type), intro: number == 1 ? strings.labels["intro_\(type.rawValue)"] : nil,
                             count: keys.count, tiles: tiles(Array(Pagination.slice(keys, page: number))), facets: facets,
                             pager: pager(base, current: number, count: pages),
                             filters: facets.isEmpty ? nil : URLScheme.filters(type),
                             tileTemplate: facets.isEmpty ? nil : tiles?.blank() ?? "")
        return page
    }

    /// Links to the other pages of a list; nil when it has one page.
    func pager(_ base: String, current: Int, count: Int) -> PagerView? {
        guard count > 1 else { return nil }
        let links = Pagination.window(current: current, count: count).map { number -> PagerLink in
            guard let number else { return PagerLink(number: "", url: "", current: false, gap: true) }
            return PagerLink(number: String(number), url: Pagination.path(base, page: number), current: number == current, gap: false)
        }
        return PagerView(current: current, count: count,
                         previous: current > 1 ? Pagination.path(base, page: current - 1) : nil,
                         next: current < count ? Pagination.path(base, page: current + 1) : nil, pages: links)
    }

    /// One page of a collection ordered by type, as groups per type with the type's total.
    func groups(_ collection: SiteIndex.CollectionKey, _ keys: [ItemKey], page number: Int) -> [GroupView] {
        let shown = Array(Pagination.slice(keys, page: number))
        let totals = index.totals(of: collection)
        return ItemType.allCases.compactMap { type -> GroupView? in
            let ofType = shown.filter { $0.type == type }
            guard !ofType.isEmpty else { return nil }
            return GroupView(label: typePlural(type), count: totals[type] ?? 0, tiles: tiles(ofType))
        }
    }

    func termPage(_ key: TermKey, _ term: Term, page number: Int) -> PageView {
        graph.recorder?.record(.members(key))
        graph.recorder?.record(.termOrder(key))
        _ = graph.terms(.kind)  // the order within a type follows the kinds' labels
        let keys = index.members(key)
        let base = URLScheme.path(key)
        let pages = Pagination.pageCount(keys.count)
        let label = key.taxonomy == .kind ? (term.plural ?? term.label) : term.label
        var page = page(title: label, description: term.description ?? "\(taxonomyLabel(key.taxonomy)): \(term.label)",
                        path: Pagination.path(base, page: number))
        page.meta.page = pages > 1 ? PageNumberView(number: number, count: pages) : nil
        page.term = TermView(taxonomyLabel: taxonomyLabel(key.taxonomy), label: label,
                             description: number == 1 ? term.description : nil, count: keys.count,
                             groups: groups(.term(key), keys, page: number), pager: pager(base, current: number, count: pages))
        return page
    }

    /// Page 2 and later of the items drawn from a publication (page 1 is the publication's own).
    func publicationItemsPage(_ key: ItemKey, page number: Int) -> PageView? {
        guard let publication = graph.item(key) else { return nil }
        graph.recorder?.record(.drawnFrom(key))
        _ = graph.terms(.kind)
        let keys = index.drawn(from: key.id)
        let base = URLScheme.path(key)
        let pages = Pagination.pageCount(keys.count)
        var page = page(title: publication.title, description: publication.summary ?? publication.title,
                        path: Pagination.path(base, page: number))
        page.meta.page = PageNumberView(number: number, count: pages)
        page.term = TermView(taxonomyLabel: typeLabel(.publication), label: publication.title, description: nil,
                             count: keys.count, groups: groups(.drawn(key.id), keys, page: number), pager: pager(base, current: number, count: pages))
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
}
