import Foundation
import VitrineContent

/// A list's filter index: every item of the list in display order, with what its tile shows
/// and its term ids per facet. The filter form loads it on first use, so filtering covers
/// every page of the list while each page holds only its own tiles. Data, not markup: the
/// script fills the list's empty tile (rendered from `partials/tile-body`) for each match.
struct FilterIndex {
    let views: ViewModelBuilder

    static let fields = ["url", "title", "summary", "type", "kind", "theme", "group", "region", "sector", "publication"]

    func json(for type: ItemType) -> String {
        views.graph.recorder?.record(.list(type))
        let rows: [[String]] = views.index.list(type).compactMap { key in
            guard let tile = views.tile(key) else { return nil }
            let typeLine = tile.kindLabel.map { "\(tile.typeLabel) · \($0)" } ?? tile.typeLabel
            return [tile.url, tile.title, tile.summary ?? "", typeLine, tile.facetKind, tile.facetThemes, tile.facetGroups,
                    tile.facetRegions, tile.facetSectors, tile.facetPublication]
        }
        let object: [String: Any] = ["fields": Self.fields, "items": rows]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
