import Foundation
import Mustache
import VitrineContent
import Yams

/// The templates of a site, loaded at run time from a folder, and the interface strings of
/// its language. Templates are Mustache files named by their path without `.mustache`
/// (`html/card`); inside templates, partials and parents use dots for the slashes
/// (`{{>partials.tile}}`, `{{<html.base}}`), because Mustache's closing tags allow no slash.
public struct TemplateSet: Sendable {
    public let directory: String
    public let strings: InterfaceStrings
    /// Template sources by name, for linting.
    public let sources: [String: String]
    private let library: MustacheLibrary

    /// Loads every template and the strings for `language`; reports every broken file.
    public static func load(directory: String, language: String) -> Result<TemplateSet, DiagnosticList> {
        var diagnostics: [Diagnostic] = []
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let display = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        let paths = (FileManager.default.subpaths(atPath: root.path) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        if paths.isEmpty {
            return .failure(DiagnosticList([.error("no templates in '\(display)'", at: SourceLocation(file: display))]))
        }
        for path in paths {
            let name = Self.mustacheName(String(path.dropLast(".mustache".count)))
            let displayPath = "\(display)/\(path)"
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
                  let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("cannot read template (not UTF-8?)", at: SourceLocation(file: displayPath)))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
                sources[String(path.dropLast(".mustache".count))] = text
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("template syntax error: \(describe(error.error))",
                                          at: SourceLocation(file: displayPath, line: error.context.lineNumber,
                                                             column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("template syntax error: \(error)", at: SourceLocation(file: displayPath)))
            }
        }
        let strings = InterfaceStrings.load(directory: display, root: root, language: language, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors, let strings else { return .failure(DiagnosticList(diagnostics)) }
        return .success(TemplateSet(directory: display, strings: strings, sources: sources, library: library))
    }

    public func has(_ name: String) -> Bool { library.getTemplate(named: Self.mustacheName(name)) != nil }

    static func mustacheName(_ path: String) -> String { path.replacingOccurrences(of: "/", with: ".") }

    /// Renders `context` (a view model) with the named template; HTML-escaped unless the
    /// template declares another content type.
    public func render(_ context: Any, template name: String) -> String? {
        library.render(TemplateContext.make(context), withTemplate: Self.mustacheName(name))
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with another name than it was opened"
        case MustacheTemplate.Error.unfinishedName: "a tag is not finished"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is not closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid set-delimiter tag"
        default: "\(error)"
        }
    }
}
