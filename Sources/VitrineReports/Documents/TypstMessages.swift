/// Typst's and Pandoc's messages about a report, said the way Vitrine says things: what is
/// wrong with the report and what to do, the tool's own words only when nothing better is known.
enum TypstMessages {
    static func words(_ message: String, hints: [String]) -> String {
        if let label = between(message, "label `<", ">` does not exist") {
            return "a link points to '#\(label)', which is not in the report"
        }
        if let label = between(message, "label `<", ">` is not attached") {
            return "the anchor '#\(label)' marks nothing in the PDF (an empty span?), so links to it have no target"
        }
        if message.contains("missing alt text") || message.contains("alternative description") {
            return "an image has no text alternative, which a PDF/UA document needs: give it one in the Markdown (![what it shows](file) or {alt=\"...\"})"
        }
        if message.hasPrefix("file not found") {
            return "a file the report refers to is missing (\(message))"
        }
        if let family = message.range(of: "unknown font family: ").map({ String(message[$0.upperBound...]) }) {
            return "the font '\(family)' is not installed (Debian fonts-noto-core, which `make deps` installs), so the PDF falls back to another font"
        }
        let extra = hints.isEmpty ? "" : " (\(hints.joined(separator: "; ")))"
        return "Typst: \(message)\(extra)"
    }

    private static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex) else {
            return nil
        }
        return String(text[open.upperBound..<close.lowerBound])
    }
}
