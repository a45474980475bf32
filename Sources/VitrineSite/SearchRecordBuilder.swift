import VitrineContent

/// The search record of an item's page, built from the same view the page is rendered from:
/// the page's own words (title, summary, body, and what its type shows: figures and tables,
/// SWOT entries, the publication's facts), without navigation, tiles of other pages or the
/// source line, which would make every page match the words they repeat.
enum SearchRecordBuilder {
    static func record(for page: PageView, language: String) -> SearchRecord? {
        guard let item = page.item else { return nil }
        var lines = [item.title]
        if let summary = item.summary { lines.append(summary) }
        if let publication = item.publication {
            lines += [publication.subtitle, publication.authors, publication.publisher].compactMap { $0 }
        }
        if let factsheet = item.factsheet {
            for figure in factsheet.figures { lines.append([figure.label, figure.value, figure.context ?? ""].joined(separator: " ")) }
            for table in factsheet.tables {
                lines.append(table.caption)
                lines.append(table.header.joined(separator: " "))
                for row in table.rows { lines.append(([row.head] + row.cells.map(\.text)).joined(separator: " ")) }
            }
        }
        if let swot = item.swot {
            for quadrant in [swot.strengths, swot.weaknesses, swot.opportunities, swot.threats] {
                lines.append(quadrant.label)
                lines += quadrant.entries.map(\.text)
            }
        }
        lines.append(item.bodyText)
        var filters: [String: [String]] = [:]
        for filter in item.pagefindFilters { filters[filter.name, default: []].append(filter.value) }
        return SearchRecord(url: page.meta.path, content: lines.filter { !$0.isEmpty }.joined(separator: "\n"),
                            language: language, meta: ["title": item.title], filters: filters)
    }
}
