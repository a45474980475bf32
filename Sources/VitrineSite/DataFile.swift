import VitrineContent

/// A file of the site's open data or citations: a factsheet's tables as CSV and the whole
/// factsheet as JSON, the API's lists of items and publications, and a publication's reference
/// for reference managers. Planned by `SitePlanner`, written by `DataWriter`.
public enum DataFile: Sendable, Hashable {
    /// Table `number` (from 1) of a factsheet, as tidy CSV.
    case table(ItemKey, number: Int)
    /// A factsheet's key figures, as tidy CSV.
    case figures(ItemKey)
    /// The whole factsheet as JSON.
    case factsheet(ItemKey)
    /// `/api/items.json` and `/api/publications.json`.
    case items, publications
    /// A publication's reference as RIS, BibTeX or CSL-JSON.
    case ris(ItemKey), bibtex(ItemKey), csl(ItemKey)

    /// Where it lives on the site.
    public var path: String {
        switch self {
        case .table(let key, let number): URLScheme.factsheetTable(key.id, number: number)
        case .figures(let key): URLScheme.factsheetFigures(key.id)
        case .factsheet(let key): URLScheme.factsheetJSON(key.id)
        case .items: URLScheme.apiItems
        case .publications: URLScheme.apiPublications
        case .ris(let key): URLScheme.citation(key.id, format: "ris")
        case .bibtex(let key): URLScheme.citation(key.id, format: "bib")
        case .csl(let key): URLScheme.citation(key.id, format: "json")
        }
    }

    /// The text template it is rendered with, when it has one.
    public var template: String? {
        switch self {
        case .ris: DataWriter.risTemplate
        case .bibtex: DataWriter.bibtexTemplate
        default: nil
        }
    }

    /// The data files of a graph, in a fixed order.
    static func all(for graph: ContentGraph) -> [DataFile] {
        var files: [DataFile] = []
        for item in graph.items(.factsheet) {
            guard case .factsheet(let sheet) = item.details else { continue }
            if !sheet.figures.isEmpty { files.append(.figures(item.key)) }
            files += sheet.tables.indices.map { .table(item.key, number: $0 + 1) }
            files.append(.factsheet(item.key))
        }
        files += [.items, .publications]
        for item in graph.items(.publication) { files += [.ris(item.key), .bibtex(item.key), .csl(item.key)] }
        return files
    }
}
