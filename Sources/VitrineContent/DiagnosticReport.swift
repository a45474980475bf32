import Foundation

/// Diagnostics as `vitrine check` prints them: compiler-style lines and a summary, or JSON.
public struct DiagnosticReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var itemCount: Int?

    public init(diagnostics: [Diagnostic], itemCount: Int?) {
        self.diagnostics = diagnostics.sortedForDisplay()
        self.itemCount = itemCount
    }

    public var summary: String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var line = "\(count(diagnostics.errorCount, "error")), \(count(diagnostics.warningCount, "warning"))"
        if let itemCount { line += " in \(count(itemCount, "item"))" }
        return line
    }

    public func text() -> String {
        diagnostics.map { "\($0)\n" }.joined() + summary + "\n"
    }

    /// A JSON array, one object per diagnostic, keys in a fixed order.
    public func json() -> String {
        struct Entry: Encodable {
            var file: String, line: Int, column: Int, severity: String, message: String, hint: String?
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let entries = diagnostics.map {
            Entry(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                  severity: $0.severity.rawValue, message: $0.message, hint: $0.hint)
        }
        return (try? String(decoding: encoder.encode(entries), as: UTF8.self)) ?? "[]"
    }
}
