import VitrineContent
import VitrineTemplates

/// Writes the data files (`DataFile`): CSV and JSON serialised here, the references for
/// reference managers from their text templates. Reads the graph through the views'
/// `TrackedGraph`, so what a file was made from is recorded like a page's.
struct DataWriter {
    let views: ViewModelBuilder
    let templates: TemplateLibrary

    static let risTemplate = "text/ris"
    static let bibtexTemplate = "text/bibtex"

    private var graph: TrackedGraph { views.graph }

    /// The file's bytes, or nil when the item it belongs to is not there.
    func bytes(_ file: DataFile) throws(TemplateRenderError) -> [UInt8]? {
        switch file {
        case .table(let key, let number):
            guard let sheet = factsheet(key)?.sheet, sheet.tables.indices.contains(number - 1) else { return nil }
            return CSVWriter.table(sheet.tables[number - 1])
        case .figures(let key):
            return factsheet(key).map { CSVWriter.figures($0.sheet.figures) }
        case .factsheet(let key):
            return factsheet(key).map { FactsheetJSON(graph: graph).json($0.item, $0.sheet) }
        case .items: return APIIndex(graph: graph).items()
        case .publications: return APIIndex(graph: graph).publications()
        case .ris(let key):
            guard let (item, info) = publication(key) else { return nil }
            return try render(RISView(id: item.id, info: info, title: item.title, date: item.date, url: pageURL(key)), Self.risTemplate)
        case .bibtex(let key):
            guard let (item, info) = publication(key) else { return nil }
            return try render(BibTeXView(id: item.id, info: info, title: item.title, date: item.date, url: pageURL(key)),
                              Self.bibtexTemplate)
        case .csl(let key):
            guard let (item, info) = publication(key) else { return nil }
            return CSLJSON.json(id: item.id, info: info, title: item.title, date: item.date, url: pageURL(key))
        }
    }

    private func render<View: TemplateRecord>(_ view: View, _ template: String) throws(TemplateRenderError) -> [UInt8] {
        var bytes: [UInt8] = []
        try templates.render(view, template: template, into: &bytes)
        return bytes
    }

    private func publication(_ key: ItemKey) -> (item: Item, info: PublicationInfo)? {
        guard let item = graph.fullItem(key), case .publication(let info) = item.details else { return nil }
        return (item, info)
    }

    private func pageURL(_ key: ItemKey) -> String { URLScheme.absolute(URLScheme.path(key), baseURL: graph.site.baseURL) }

    private func factsheet(_ key: ItemKey) -> (item: Item, sheet: Factsheet)? {
        guard let item = graph.fullItem(key), case .factsheet(let sheet) = item.details else { return nil }
        return (item, sheet)
    }
}
