import VitrineContent

/// A list's filter index: every item of the list in display order, with what its tile shows
/// and its term ids per facet. The filter form loads it on first use, so filtering covers
/// every page of the list while each page holds only its own tiles. Data, not markup: the
/// script fills the list's empty tile (rendered from `partials/tile-body`) for each match.
struct FilterIndex {
    let views: ViewModelBuilder

    static let fields = ["url", "title", "summary", "type", "kind", "theme", "group", "region", "sector", "publication"]

    /// `{"fields": [...], "items": [[...], ...]}`, keys in sorted order.
    func json(for type: ItemType) -> [UInt8] {
        views.graph.recorder?.record(.list(type))
        return JSONBytes.sized { json in
            json.object { object in
                object.key("fields")
                object.array(Self.fields)
                object.key("items")
                object.array { items in
                    for key in views.index.list(type) {
                        guard let tile = views.tile(key) else { continue }
                        let typeLine = tile.kindLabel.map { "\(tile.typeLabel) · \($0)" } ?? tile.typeLabel
                        items.array([tile.url, tile.title, tile.summary ?? "", typeLine, tile.facetKind, tile.facetThemes,
                                     tile.facetGroups, tile.facetRegions, tile.facetSectors, tile.facetPublication])
                    }
                }
            }
        }
    }
}
