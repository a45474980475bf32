import VitrineContent

/// What changed between two content graphs, as the dependencies it invalidates.
enum ContentChanges {
    /// The dependencies whose inputs differ between two graphs.
    /// `changed`: the items whose files were parsed again; nil compares every item.
    /// `sameItems`: the loader found exactly the items of the last load (none added or removed).
    static func between(old: ContentGraph, new: ContentGraph, changed: Set<ItemKey>? = nil,
                        sameItems: Bool = false) -> Set<Dependency> {
        var invalid: Set<Dependency> = []
        if old.site != new.site { invalid.insert(.site) }
        if old.reports != new.reports { invalid.insert(.reports) }
        for taxonomy in TaxonomyName.allCases {
            let before = old.taxonomies.terms(taxonomy), after = new.taxonomies.terms(taxonomy)
            if before.map(\.id) != after.map(\.id) { invalid.insert(.vocabulary(taxonomy)) }
            for id in Set(before.map(\.id) + after.map(\.id)) {
                let key = TermKey(taxonomy, id)
                if old.taxonomies.term(key).map(TermFields.init) != new.taxonomies.term(key).map(TermFields.init) {
                    invalid.insert(.term(key))
                }
            }
        }
        // Only items from files parsed again (or added, or removed) can differ, and the items
        // that take their date from a publication that changed.
        var candidates: Set<ItemKey>
        if let changed, sameItems {
            candidates = changed
        } else if let changed {
            let before = Set(old.allKeys), after = Set(new.allKeys)
            candidates = changed.union(before.symmetricDifference(after))
            for key in candidates where key.type == .publication {
                candidates.formUnion(old.itemsCiting(publication: key.id))
                candidates.formUnion(new.itemsCiting(publication: key.id))
            }
        } else {
            candidates = Set(old.allKeys).union(new.allKeys)
        }
        var linkTargets: Set<ItemKey> = []
        var terms: Set<TermKey> = []
        for key in candidates {
            let before = old.item(key), after = new.item(key)
            if (before == nil) != (after == nil) {
                // An item that appears (added, or no longer a draft) or disappears changes the
                // link lists of the pages that refer to it.
                for source in old.backlinks(key) + new.backlinks(key) {
                    invalid.insert(.page(source))
                    invalid.insert(.links(source))
                }
            }
            if before != after {
                invalid.insert(.page(key))
                if before.map(TileFields.init) != after.map(TileFields.init) {
                    invalid.insert(.tile(key))
                    invalid.insert(.list(key.type))
                    // The collections it is in are sorted by what the tile shows.
                    for item in [before, after].compactMap({ $0 }) {
                        for (taxonomy, ids) in item.terms { for id in ids { invalid.insert(.termOrder(TermKey(taxonomy, id))) } }
                        if let publication = item.publication { invalid.insert(.drawnFrom(ItemKey(.publication, publication))) }
                    }
                }
            }
            let outgoingBefore = old.outgoing(key), outgoingAfter = new.outgoing(key)
            if outgoingBefore != outgoingAfter {
                invalid.insert(.page(key))
                invalid.insert(.links(key))
            }
            linkTargets.formUnion(outgoingBefore)
            linkTargets.formUnion(outgoingAfter)
            linkTargets.insert(key)
            for item in [before, after].compactMap({ $0 }) {
                for (taxonomy, ids) in item.terms { terms.formUnion(ids.map { TermKey(taxonomy, $0) }) }
            }
        }
        for key in linkTargets where old.backlinks(key) != new.backlinks(key) { invalid.insert(.backlinks(key)) }
        for term in terms where old.members(term) != new.members(term) {
            invalid.insert(.members(term))
            invalid.insert(.termOrder(term))
        }
        for key in linkTargets where key.type == .publication && old.backlinks(key) != new.backlinks(key) {
            invalid.insert(.drawnFrom(key))
        }
        return invalid
    }
}
