import Foundation
import VitrineContent
import VitrineTheme

extension TemplateLibrary {
    /// Loads every `*.mustache` of `theme` and the strings of every language in its `i18n/`;
    /// the library renders in `language`. Problems are in `loadDiagnostics`, at the file
    /// they are in (the site's own, or `<built-in>/...`).
    public convenience init(theme: Theme, language: String, unknownPartials: UnknownPartialPolicy = .error) {
        var diagnostics: [Diagnostic] = []
        let paths = theme.paths.filter { $0.hasSuffix(".mustache") }
        if paths.isEmpty {
            diagnostics.append(.error(.noTemplates, ["folder": .value(theme.display)], at: SourceLocation(file: theme.display)))
        }
        var sources: [String: (text: String, file: String)] = [:]
        for path in paths {
            guard let file = theme.file(path) else { continue }
            guard let text = file.text else {
                diagnostics.append(.error(.unreadableTemplate, at: SourceLocation(file: file.display)))
                continue
            }
            sources[String(path.dropLast(".mustache".count))] = (text, file.display)
        }
        let (catalog, stringDiagnostics) = InterfaceStringCatalog.load(theme: theme)
        diagnostics += stringDiagnostics
        let stringsFile = theme.display(of: "i18n/\(language).yml")
        if catalog.languages[language] == nil {
            diagnostics.append(.error(.missingStringsFile, ["language": .value(language)], at: SourceLocation(file: stringsFile)))
        }
        self.init(directory: theme.display, language: language, catalog: catalog, sources: sources, stringsFile: stringsFile,
                  unknownPartials: unknownPartials, diagnostics: diagnostics)
    }

    /// The templates of one folder alone, without the built-in theme (the engine's tests).
    public convenience init(directory: String, language: String, unknownPartials: UnknownPartialPolicy = .error) {
        let theme = ThemeSource(folder: directory, includesBuiltIn: false).load().theme
        self.init(theme: theme, language: language, unknownPartials: unknownPartials)
    }

    /// Templates given in memory (`["html/card": "..."]`), for tests; files are named
    /// `<name>.mustache` in diagnostics.
    public convenience init(sources: [String: String], strings: InterfaceStrings? = nil,
                            unknownPartials: UnknownPartialPolicy = .error) {
        let language = strings?.language ?? ""
        let catalog = InterfaceStringCatalog(languages: strings.map { [$0.language: $0] } ?? [:])
        self.init(directory: "", language: language, catalog: catalog,
                  sources: sources.reduce(into: [:]) { $0[$1.key] = ($1.value, "\($1.key).mustache") },
                  stringsFile: "i18n/\(language).yml", unknownPartials: unknownPartials, diagnostics: [])
    }

    private convenience init(directory: String, language: String, catalog: InterfaceStringCatalog,
                             sources: [String: (text: String, file: String)], stringsFile: String,
                             unknownPartials: UnknownPartialPolicy, diagnostics: [Diagnostic]) {
        var diagnostics = diagnostics
        var templates: [String: ParsedTemplate] = [:]
        var broken: [String: Diagnostic] = [:]
        for (name, source) in sources {
            switch TemplateParser.parse(source.text, name: name, file: source.file) {
            case .success(let template): templates[name] = template
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                broken[name] = diagnostic
            }
        }
        self.init(directory: directory, language: language, catalog: catalog, templates: templates,
                  brokenTemplates: broken, stringsFile: stringsFile, unknownPartials: unknownPartials, diagnostics: diagnostics)
    }

    /// Like `init(directory:language:)`, failing when loading found errors.
    public static func load(directory: String, language: String) -> Result<TemplateLibrary, DiagnosticList> {
        load(theme: ThemeSource(folder: directory, includesBuiltIn: false).load().theme, language: language)
    }

    /// Like `init(theme:language:)`, failing when loading found errors.
    public static func load(theme: Theme, language: String) -> Result<TemplateLibrary, DiagnosticList> {
        let library = TemplateLibrary(theme: theme, language: language)
        return library.loadDiagnostics.hasErrors ? .failure(DiagnosticList(library.loadDiagnostics)) : .success(library)
    }
}
