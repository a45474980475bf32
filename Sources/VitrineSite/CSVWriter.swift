import VitrineContent

/// A factsheet's data as tidy CSV (RFC 4180: CRLF line ends, a field with a comma, a quote or a
/// line break in double quotes, quotes doubled): one file per table with the table's columns as
/// its one header row, and one for the key figures. Numbers as machines read them.
enum CSVWriter {
    /// A table: its columns, then a line per row; a short row is filled with empty fields.
    static func table(_ table: DataTable) -> [UInt8] {
        let width = max(table.columns.count, table.rows.map(\.count).max() ?? 0)
        var lines = [table.columns + Array(repeating: "", count: width - table.columns.count)]
        for row in table.rows {
            let fields = row.map { cell in
                switch cell {
                case .text(let text): text
                case .number(let value): number(value)
                }
            }
            lines.append(fields + Array(repeating: "", count: width - fields.count))
        }
        return bytes(lines)
    }

    /// The key figures, one line each.
    static let figureColumns = ["label", "value", "unit", "period", "area", "page", "note"]

    static func figures(_ figures: [Figure]) -> [UInt8] {
        bytes([figureColumns] + figures.map { figure in
            [figure.label, number(figure.value), figure.unit ?? "", figure.period ?? "", figure.area ?? "", figure.page ?? "",
             figure.note ?? ""]
        })
    }

    /// Machine-readable numbers: a decimal point, no grouping (`20.5`, `16073`).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func field(_ text: String) -> String {
        // By scalar: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func bytes(_ lines: [[String]]) -> [UInt8] {
        Array(lines.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined().utf8)
    }
}
