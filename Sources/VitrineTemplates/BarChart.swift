import VitrineContent

/// Draws a table as an SVG bar chart at build time (for the site's pages and the reports' figures): horizontal bars, one group per row,
/// one bar per numeric column. The only place where Swift writes markup, because a chart's
/// geometry is computation, not layout. Every text is escaped.
public struct BarChart {
    let table: DataTable
    let formatter: ValueFormatter
    let title: String

    public init(table: DataTable, formatter: ValueFormatter, title: String) {
        self.table = table
        self.formatter = formatter
        self.title = title
    }

    /// Colours with at least 4.5:1 contrast on white, told apart by pattern of order too.
    static let palette = ["#1f4e79", "#b3541e", "#2e7d32", "#6a1b9a", "#00695c", "#8d1c3d"]

    /// The numeric columns, one bar each per row.
    private var series: [Int] {
        (1..<max(1, table.columns.count)).filter { column in table.rows.contains { $0[column].number != nil } }
    }

    /// What a screen reader says for the chart on the site (`aria-labelledby`: its title, then its
    /// description, one "label: values" per row); the reports give the same text as alt text.
    /// Empty when there is no chart.
    public var textAlternative: String {
        let series = series
        guard !series.isEmpty else { return "" }
        return title + " " + description(series).joined(separator: "; ")
    }

    /// One "label: value, value" per row.
    private func description(_ series: [Int]) -> [String] {
        table.rows.map { row in
            let parts = series.compactMap { column -> String? in
                guard let value = row[column].number else { return nil }
                let shown = formatter.value(value, unit: table.unit)
                return series.count > 1 ? "\(table.columns[column]) \(shown)" : shown
            }
            return "\(text(row[0])): \(parts.joined(separator: ", "))"
        }
    }

    public func svg() -> String {
        let series = series
        guard !series.isEmpty else { return "" }
        // Room for the longest label and the longest value, estimated from their length
        // (about 6.6 px per character at 12 px), so nothing is clipped.
        let longestLabel = table.rows.map { text($0[0]).count }.max() ?? 0
        let longestValue = table.rows.flatMap { row in series.compactMap { row[$0].number } }
            .map { formatter.value($0, unit: table.unit).count }.max() ?? 0
        let labelWidth = min(360, max(120, Double(longestLabel) * 6.6 + 16))
        let valueWidth = Double(longestValue) * 6.2 + 12
        let chartWidth = 380.0
        let barHeight = 16.0, barGap = 3.0, groupGap = 12.0, legendHeight = series.count > 1 ? 26.0 : 0
        let maximum = max(1e-9, table.rows.flatMap { row in series.compactMap { row[$0].number } }.max() ?? 1)
        let groupHeight = Double(series.count) * (barHeight + barGap) + groupGap
        let height = legendHeight + Double(table.rows.count) * groupHeight + 8
        let width = labelWidth + chartWidth + valueWidth
        let unit = table.unit
        var out = ""
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
        out += "role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">"
        out += "<title id=\"\(id)-title\">\(escape(title))</title>"
        if series.count > 1 {
            var x = labelWidth
            for (index, column) in series.enumerated() {
                let colour = Self.palette[index % Self.palette.count]
                out += "<rect x=\"\(n(x))\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>"
                out += "<text x=\"\(n(x + 16))\" y=\"14\" font-size=\"12\">\(escape(table.columns[column]))</text>"
                x += 20 + Double(table.columns[column].count) * 7.5
            }
        }
        for (rowIndex, row) in table.rows.enumerated() {
            let top = legendHeight + Double(rowIndex) * groupHeight
            let label = text(row[0])
            out += "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(top + barHeight - 3))\" text-anchor=\"end\" font-size=\"12\">\(escape(label))</text>"
            for (index, column) in series.enumerated() {
                guard let value = row[column].number else { continue }
                let y = top + Double(index) * (barHeight + barGap)
                let length = max(0, value / maximum * chartWidth)
                let colour = Self.palette[index % Self.palette.count]
                let shown = formatter.value(value, unit: unit)
                out += "<rect x=\"\(n(labelWidth))\" y=\"\(n(y))\" width=\"\(n(length))\" height=\"\(n(barHeight))\" fill=\"\(colour)\"/>"
                out += "<text x=\"\(n(labelWidth + length + 4))\" y=\"\(n(y + barHeight - 4))\" font-size=\"11\">\(escape(shown))</text>"
            }
        }
        out += "<desc id=\"\(id)-desc\">\(escape(description(series).joined(separator: "; ")))</desc>"
        out += "</svg>"
        return out
    }

    private var id: String {
        "chart-" + String(FNV1a.hash(title.unicodeScalars.lazy.map { UInt64($0.value) }) % 1_000_000_007)
    }

    private func text(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): text
        case .number(let value): formatter.number(value)
        }
    }

    private func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Escapes text for XML and HTML.
public func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(character)
        }
    }
    return out
}
