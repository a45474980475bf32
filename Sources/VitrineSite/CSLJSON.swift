import VitrineContent

/// A publication's reference as CSL-JSON (`/publicaties/<id>/<id>.json`), the format of Zotero,
/// Pandoc and citeproc: an array of one item of type `report`. Authors are `literal` names (the
/// content writes them as one text); a field the content does not give is left out.
enum CSLJSON {
    static func json(id: String, info: PublicationInfo, title: String, date: ContentDate?, url: String) -> [UInt8] {
        var json = JSONBytes()
        json.array { list in
            list.object { item in
                item.field("id", id)
                item.field("type", "report")
                item.field("title", info.subtitle.map { "\(title): \($0)" } ?? title)
                if !info.authors.isEmpty {
                    item.key("author")
                    item.array { authors in
                        for name in info.authors { authors.object { $0.field("literal", name) } }
                    }
                }
                if let publisher = info.publisher { item.field("publisher", publisher) }
                if let place = info.place { item.field("publisher-place", place) }
                if let date {
                    item.key("issued")
                    item.object { issued in
                        issued.key("date-parts")
                        issued.array { parts in
                            parts.array { numbers in
                                let all = [date.year, date.month, date.day]
                                let count = date.precision == .day ? 3 : date.precision == .month ? 2 : 1
                                for part in all.prefix(count) { numbers.raw(String(part)) }
                            }
                        }
                    }
                }
                if let number = info.number { item.field("number", number) }
                item.field("URL", info.url ?? url)
            }
        }
        return json.endingWithNewline()
    }
}
