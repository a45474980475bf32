import Foundation
import VitrineContent

extension TemplateLibrary {
    /// Loads every `*.mustache` under `directory` and the strings of every language in
    /// `i18n/`; the library renders in `language`. Problems are in `loadDiagnostics`.
    public convenience init(directory: String, language: String, unknownPartials: UnknownPartialPolicy = .error) {
        let display = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var diagnostics: [Diagnostic] = []
        let paths = (FileManager.default.subpaths(atPath: directory) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        if paths.isEmpty {
            diagnostics.append(.error("no templates in '\(display)'", at: SourceLocation(file: display)))
        }
        var sources: [String: String] = [:]
        for path in paths {
            let url = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("cannot read template (not UTF-8?)", at: SourceLocation(file: "\(display)/\(path)")))
                continue
            }
            sources[String(path.dropLast(".mustache".count))] = text
        }
        let (catalog, stringDiagnostics) = InterfaceStringCatalog.load(directory: directory, display: display)
        diagnostics += stringDiagnostics
        if catalog.languages[language] == nil {
            diagnostics.append(.error("missing strings file for language '\(language)'",
                                      at: SourceLocation(file: "\(display)/i18n/\(language).yml")))
        }
        self.init(directory: display, language: language, catalog: catalog, sources: sources,
                  unknownPartials: unknownPartials, diagnostics: diagnostics)
    }

    /// Templates given in memory (`["html/card": "..."]`), for tests; files are named
    /// `<name>.mustache` in diagnostics.
    public convenience init(sources: [String: String], strings: InterfaceStrings? = nil,
                            unknownPartials: UnknownPartialPolicy = .error) {
        let language = strings?.language ?? ""
        let catalog = InterfaceStringCatalog(languages: strings.map { [$0.language: $0] } ?? [:])
        self.init(directory: "", language: language, catalog: catalog, sources: sources,
                  unknownPartials: unknownPartials, diagnostics: [])
    }

    private convenience init(directory: String, language: String, catalog: InterfaceStringCatalog, sources: [String: String],
                             unknownPartials: UnknownPartialPolicy, diagnostics: [Diagnostic]) {
        var diagnostics = diagnostics
        var templates: [String: ParsedTemplate] = [:]
        var broken: [String: Diagnostic] = [:]
        for (name, source) in sources {
            let file = directory.isEmpty ? "\(name).mustache" : "\(directory)/\(name).mustache"
            switch TemplateParser.parse(source, name: name, file: file) {
            case .success(let template): templates[name] = template
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                broken[name] = diagnostic
            }
        }
        self.init(directory: directory, language: language, catalog: catalog, templates: templates,
                  brokenTemplates: broken, unknownPartials: unknownPartials, diagnostics: diagnostics)
    }

    /// Like `init(directory:language:)`, failing when loading found errors.
    public static func load(directory: String, language: String) -> Result<TemplateLibrary, DiagnosticList> {
        let library = TemplateLibrary(directory: directory, language: language)
        return library.loadDiagnostics.hasErrors ? .failure(DiagnosticList(library.loadDiagnostics)) : .success(library)
    }
}
