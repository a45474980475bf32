import VitrineContent

/// `/api/items.json` and `/api/publications.json`: every published item and every publication,
/// as data for partners (documented in docs/open-data.md, schemas in docs/schemas/). Items in
/// the order of `ItemKey` (type, then id); keys in a fixed order; a missing value is `null`.
/// Every read goes through `TrackedGraph`, so an edit re-renders exactly what it touches.
struct APIIndex {
    let graph: TrackedGraph

    func items() -> [UInt8] {
        let base = graph.site.baseURL
        return document { json in
            json.key("items")
            json.array { list in
                for key in keys() {
                    guard let item = graph.item(key) else { continue }
                    list.object { entry in
                        entry.field("type", item.type.rawValue)
                        entry.field("id", item.id)
                        entry.field("title", item.title)
                        entry.field("summary", item.summary)
                        entry.field("url", URLScheme.absolute(URLScheme.path(key), baseURL: base))
                        entry.field("publication", item.publication)
                        entry.field("date", item.date?.description)
                        entry.key("terms")
                        entry.object { terms in
                            for taxonomy in TaxonomyName.allCases {
                                terms.key(taxonomy.rawValue)
                                terms.array(item.terms[taxonomy] ?? [])
                            }
                        }
                        entry.key("referencesOut")
                        entry.array(graph.outgoing(key).sorted().map(\.description))
                        entry.key("referencesIn")
                        entry.array(graph.backlinks(key).sorted().map(\.description))
                    }
                }
            }
        }
    }

    func publications() -> [UInt8] {
        let base = graph.site.baseURL
        return document { json in
            json.key("publications")
            json.array { list in
                for item in graph.items(.publication).sorted(by: { $0.key < $1.key }) {
                    guard let full = graph.fullItem(item.key), case .publication(let info) = full.details else { continue }
                    list.object { entry in
                        entry.field("id", item.id)
                        entry.field("url", URLScheme.absolute(URLScheme.path(item.key), baseURL: base))
                        entry.field("title", full.title)
                        entry.field("subtitle", info.subtitle)
                        entry.key("authors")
                        entry.array(info.authors)
                        entry.field("publisher", info.publisher)
                        entry.field("place", info.place)
                        entry.field("date", full.date?.description)
                        entry.field("commissioner", info.commissioner)
                        entry.field("number", info.number)
                        entry.field("link", info.url)
                        entry.field("rights", info.rights)
                        entry.key("items")
                        // Through each linking item's tile: `publication` is a tile field, so a changed one is seen.
                        entry.array(graph.backlinks(item.key).filter { graph.item($0)?.publication == item.id }
                            .sorted().map(\.description))
                    }
                }
            }
        }
    }

    /// Every published item, sorted.
    private func keys() -> [ItemKey] {
        ItemType.allCases.flatMap { graph.items($0).map(\.key) }.sorted()
    }

    /// `{"site": {...}, <members>}` and a final line end.
    private func document(_ members: (inout JSONBytes) -> Void) -> [UInt8] {
        let site = graph.site
        return JSONBytes.sized { json in
            json.object { object in
                object.key("site")
                object.object { entry in
                    entry.field("title", site.title)
                    entry.field("url", site.baseURL)
                    entry.field("language", site.language)
                }
                members(&object)
            }
        }
    }
}
