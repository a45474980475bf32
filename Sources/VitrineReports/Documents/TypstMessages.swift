import VitrineContent

/// Typst's and Pandoc's messages about a report, said the way Vitrine says things: what is
/// wrong with the report and what to do, the tool's own words only when nothing better is known.
enum TypstMessages {
    static func words(_ message: String, hints: [String]) -> DiagnosticText {
        if let label = between(message, "label `<", ">` does not exist") {
            return .phrase("typst.missing-label", ["label": .value(label)])
        }
        if let label = between(message, "label `<", ">` is not attached") {
            return .phrase("typst.unattached-label", ["label": .value(label)])
        }
        if message.contains("missing alt text") || message.contains("alternative description") {
            return .phrase("typst.alt-text", ["example": .value("{alt=\"...\"}")])
        }
        if message.hasPrefix("file not found") {
            return .phrase("typst.file-not-found", ["message": .value(message)])
        }
        if let family = message.range(of: "unknown font family: ").map({ String(message[$0.upperBound...]) }) {
            return .phrase("typst.unknown-font", ["family": .value(family)])
        }
        return hints.isEmpty ? .phrase("typst.said", ["message": .value(message)])
            : .phrase("typst.said-with-hints", ["message": .value(message), "hints": .value(hints.joined(separator: "; "))])
    }

    private static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex) else {
            return nil
        }
        return String(text[open.upperBound..<close.lowerBound])
    }
}
