import VitrineContent

/// The whole factsheet as JSON (`/factsheets/<id>/<id>.json`): what the page shows, as data.
/// Keys in a fixed order; a missing value is `null`; numbers with a decimal point, no grouping.
/// The fields are documented in docs/open-data.md.
struct FactsheetJSON {
    let graph: TrackedGraph

    func json(_ item: Item, _ sheet: Factsheet) -> [UInt8] {
        let base = graph.site.baseURL
        var json = JSONBytes()
        json.object { object in
            object.field("id", item.id)
            object.field("type", item.type.rawValue)
            object.field("title", item.title)
            object.field("summary", item.summary)
            object.field("url", URLScheme.absolute(URLScheme.path(item.key), baseURL: base))
            object.field("date", item.date?.description)
            object.field("subject", sheet.subject)
            object.field("asOf", sheet.asOf?.description)
            object.key("source")
            source(item, into: &object)
            object.key("figures")
            object.array { figures in
                for figure in sheet.figures {
                    figures.object { entry in
                        entry.field("label", figure.label)
                        entry.key("value")
                        entry.number(figure.value)
                        entry.field("unit", figure.unit)
                        entry.field("period", figure.period)
                        entry.field("area", figure.area)
                        entry.field("page", figure.page)
                        entry.field("note", figure.note)
                    }
                }
            }
            object.field("figuresCSV", sheet.figures.isEmpty ? nil
                         : URLScheme.absolute(URLScheme.factsheetFigures(item.id), baseURL: base))
            object.key("tables")
            object.array { tables in
                for (index, table) in sheet.tables.enumerated() {
                    tables.object { entry in
                        entry.key("number")
                        entry.raw(String(index + 1))
                        entry.field("caption", table.caption)
                        entry.field("csv", URLScheme.absolute(URLScheme.factsheetTable(item.id, number: index + 1), baseURL: base))
                        entry.field("unit", table.unit)
                        entry.field("page", table.page)
                        entry.field("note", table.note)
                        entry.key("columns")
                        entry.array(table.columns)
                        entry.key("rows")
                        entry.array { rows in
                            for row in table.rows {
                                rows.array { cells in
                                    for cell in row {
                                        switch cell {
                                        case .text(let text): cells.string(text)
                                        case .number(let value): cells.number(value)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return json.endingWithNewline()
    }

    /// The publication the factsheet comes from, where in it, or `null`.
    private func source(_ item: Item, into json: inout JSONBytes) {
        guard let id = item.publication, let publication = graph.item(ItemKey(.publication, id)) else { return json.raw("null") }
        json.object { source in
            source.field("publication", id)
            source.field("title", publication.title)
            source.field("url", URLScheme.absolute(URLScheme.path(publication.key), baseURL: graph.site.baseURL))
            source.field("section", item.source?.section)
            source.field("page", item.source?.page)
        }
    }
}
