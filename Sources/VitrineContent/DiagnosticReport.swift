import Foundation

/// Diagnostics as `vitrine check` prints them: compiler-style lines and a summary, or JSON, in
/// the authors' language.
public struct DiagnosticReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var itemCount: Int?
    public var language: DiagnosticLanguage

    public init(diagnostics: [Diagnostic], itemCount: Int?, language: DiagnosticLanguage = .en) {
        self.diagnostics = diagnostics.sortedForDisplay()
        self.itemCount = itemCount
        self.language = language
    }

    /// "1 error, 0 warnings in 8 items"; "1 fout, 0 waarschuwingen in 8 onderdelen".
    public var summary: String {
        var arguments: [String: DiagnosticText] = ["errors": .counted("summary.errors", diagnostics.errorCount),
                                                   "warnings": .counted("summary.warnings", diagnostics.warningCount)]
        if let itemCount { arguments["items"] = .counted("summary.items", itemCount) }
        return DiagnosticCatalog.of(language).render(.phrase(itemCount == nil ? "summary" : "summary-with-items", arguments))
    }

    public func text() -> String {
        diagnostics.map { "\($0.localized(to: language))\n" }.joined() + summary + "\n"
    }

    /// A JSON array, one object per diagnostic, keys in a fixed (sorted) order; `code` names
    /// the kind of problem whatever the language of `message` and `hint`.
    public func json() -> String {
        struct Entry: Encodable {
            var code: String, file: String, line: Int, column: Int, severity: String, message: String, hint: String?
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let entries = diagnostics.map {
            Entry(code: $0.code.rawValue, file: $0.location.file, line: $0.location.line, column: $0.location.column,
                  severity: $0.severity.rawValue, message: $0.message(in: language), hint: $0.hint(in: language))
        }
        return (try? String(decoding: encoder.encode(entries), as: UTF8.self)) ?? "[]"
    }
}
