import VitrineContent

/// A factsheet's data as CSV (RFC 4180): its figures, then each table, separated by a blank line.
enum CSVWriter {
    static func csv(_ sheet: Factsheet) -> String {
        var lines: [[String]] = []
        if !sheet.figures.isEmpty {
            lines.append(["label", "value", "unit", "period", "area", "page", "note"])
            for figure in sheet.figures {
                lines.append([figure.label, number(figure.value), figure.unit ?? "", figure.period ?? "",
                              figure.area ?? "", figure.page ?? "", figure.note ?? ""])
            }
        }
        for table in sheet.tables {
            if !lines.isEmpty { lines.append([]) }
            lines.append([table.caption])
            lines.append(table.columns)
            for row in table.rows {
                lines.append(row.map { cell in
                    switch cell {
                    case .text(let text): text
                    case .number(let value): number(value)
                    }
                })
            }
        }
        return lines.map { $0.map(field).joined(separator: ",") }.map { $0 + "\r\n" }.joined()
    }

    /// Machine-readable numbers: a decimal point, no grouping.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
