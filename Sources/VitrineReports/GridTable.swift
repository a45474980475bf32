/// A Pandoc grid table: the one piece of report Markdown whose layout is computation (every
/// line must be exactly as wide as its column), so Swift lays it out and templates place it.
///
/// Cells hold Markdown blocks: paragraphs separated by an empty line and `- ` list items.
/// Lines are wrapped at spaces to the column's width; a column is widened to its longest word.
public struct GridTable: Sendable, Equatable {
    public var widths: [Int]
    /// The header row, drawn above a `=` rule; nil for a table without header.
    public var header: [String]?
    public var rows: [[String]]

    public init(widths: [Int], header: [String]?, rows: [[String]]) {
        self.widths = widths
        self.header = header
        self.rows = rows
    }

    /// The table's Markdown, every line ending in `\n`.
    public var markdown: String {
        let columnCount = max(widths.count, header?.count ?? 0, rows.map(\.count).max() ?? 0)
        var widths = (0..<columnCount).map { $0 < self.widths.count ? max(1, self.widths[$0]) : 10 }
        for row in ([header].compactMap { $0 } + rows) {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], Self.narrowest(cell))
            }
        }
        func rule(_ fill: Character) -> String {
            "+" + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: "+") + "+\n"
        }
        func draw(_ row: [String]) -> String {
            let cells = (0..<columnCount).map { index in
                Self.wrap(index < row.count ? row[index] : "", width: widths[index])
            }
            let height = max(1, cells.map(\.count).max() ?? 1)
            var out = ""
            for line in 0..<height {
                out += "|"
                for (index, cell) in cells.enumerated() {
                    let text = line < cell.count ? cell[line] : ""
                    out += " " + text + String(repeating: " ", count: max(0, widths[index] - Self.width(of: text))) + " |"
                }
                out += "\n"
            }
            return out
        }
        var out = rule("-")
        if let header {
            out += draw(header)
            out += rule("=")
        }
        for row in rows {
            out += draw(row)
            out += rule("-")
        }
        return out
    }

    /// Lines of a cell wrapped to `width`; list items keep their hanging indent.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for source in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indentCount = source.prefix { $0 == " " }.count
            var rest = source.dropFirst(indentCount)
            var firstPrefix = String(repeating: " ", count: indentCount)
            var nextPrefix = firstPrefix
            if rest.hasPrefix("- ") {
                firstPrefix += "- "
                nextPrefix += "  "
                rest = rest.dropFirst(2)
            }
            let words = rest.split(separator: " ")
            if words.isEmpty {
                lines.append("")
                continue
            }
            var line = firstPrefix
            var lineHasWord = false
            for word in words {
                if lineHasWord && Self.width(of: line) + 1 + Self.width(of: word) > width {
                    lines.append(line)
                    line = nextPrefix
                    lineHasWord = false
                }
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
            }
            lines.append(line)
        }
        return lines
    }

    /// The least width a cell can be wrapped to: its longest word after its line's indent.
    static func narrowest(_ text: String) -> Int {
        text.split(separator: "\n").map { line -> Int in
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            let prefix = indent + (rest.hasPrefix("- ") ? 2 : 0)
            return prefix + (rest.split(separator: " ").map { width(of: $0) }.max() ?? 0)
        }.max() ?? 0
    }

    /// Width as Pandoc counts it (a CJK character or an emoji takes two columns).
    static func width(of text: some StringProtocol) -> Int { DisplayWidth.of(text) }
}
