import Foundation
import VitrineContent
import VitrineTheme
import Yams

/// The texts of the schemas in one language: a title per document and a description per
/// field, from `schema/<language>.yml` in the templates folder. A missing text is an error
/// at the strings file, never an empty description.
public struct SchemaStrings: Sendable {
    public let language: String
    let texts: [String: String]
    let file: String

    /// Reads `schema/<language>.yml` of the theme (the site's own file when it has one).
    public static func load(theme: Theme, language: String) -> Result<SchemaStrings, DiagnosticList> {
        let path = "schema/\(language).yml"
        guard let file = theme.file(path) else {
            return .failure(DiagnosticList([.error(.missingSchemaStrings, ["language": .value(language)],
                                                   at: SourceLocation(file: theme.display(of: path)))]))
        }
        guard let text = file.text else {
            return .failure(DiagnosticList([.error(.schemaStringsNotUTF8, at: SourceLocation(file: file.display))]))
        }
        return parse(text, language: language, file: file.display)
    }

    /// Parses a flat mapping of keys to texts.
    public static func parse(_ text: String, language: String, file: String) -> Result<SchemaStrings, DiagnosticList> {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                return .failure(DiagnosticList([.error(.invalidSchemaStrings, ["problem": .value(problem)],
                                                       at: SourceLocation(file: file, line: mark.line, column: mark.column),
                                                       hint: .phrase("quote-colon"))]))
            default:
                return .failure(DiagnosticList([.error(.invalidSchemaStrings, ["problem": .value("\(error)")], at: SourceLocation(file: file))]))
            }
        } catch {
            return .failure(DiagnosticList([.error(.invalidSchemaStrings, ["problem": .value("\(error)")], at: SourceLocation(file: file))]))
        }
        guard let mapping = node?.mapping else {
            return .failure(DiagnosticList([.error(.schemaStringsNotAMapping, at: SourceLocation(file: file))]))
        }
        var texts: [String: String] = [:]
        var problems: [Diagnostic] = []
        for (key, value) in mapping {
            let line = (key.mark?.line ?? 1), column = (key.mark?.column ?? 1)
            guard let name = key.scalar?.string, let text = value.scalar?.string, !text.isEmpty else {
                problems.append(.error(.schemaStringNotText, at: SourceLocation(file: file, line: line, column: column)))
                continue
            }
            texts[name] = text
        }
        if !problems.isEmpty { return .failure(DiagnosticList(problems)) }
        return .success(SchemaStrings(language: language, texts: texts, file: file))
    }

    /// The keys the schemas need that this file lacks, each as an error at the file.
    public func missing(_ keys: [String]) -> [Diagnostic] {
        keys.filter { texts[$0] == nil }.map {
            .error(.missingSchemaString, ["key": .value($0)], at: SourceLocation(file: file),
                   hint: .phrase("add-schema-string", ["key": .value($0), "file": .value(file)]))
        }
    }

    subscript(_ key: String) -> String { texts[key] ?? key }
}
