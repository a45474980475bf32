import VitrineContent

/// Where the open data and the citations live: beside the page of the item they belong to,
/// and the lists of everything under `/api/`.
extension URLScheme {
    public static let api = "api"

    /// `/factsheets/<id>/<id>-<n>.csv`: table `number` (from 1), as on the page ("Tabel 1").
    public static func factsheetTable(_ id: String, number: Int) -> String { path(ItemKey(.factsheet, id)) + "\(id)-\(number).csv" }

    /// `/factsheets/<id>/<id>-kerncijfers.csv`: the key figures.
    public static func factsheetFigures(_ id: String) -> String { path(ItemKey(.factsheet, id)) + "\(id)-kerncijfers.csv" }

    /// `/factsheets/<id>/<id>.json`: the whole factsheet.
    public static func factsheetJSON(_ id: String) -> String { path(ItemKey(.factsheet, id)) + "\(id).json" }

    public static var apiItems: String { "/\(api)/items.json" }
    public static var apiPublications: String { "/\(api)/publications.json" }

    /// `/publicaties/<id>/<id>.<format>`: the publication's reference (ris, bib, json).
    public static func citation(_ id: String, format: String) -> String { path(ItemKey(.publication, id)) + "\(id).\(format)" }
}
