import Foundation
import VitrineContent
import VitrineMarkdown
import VitrineTemplates

/// A factsheet's figures and tables as numbered Markdown tables and charts.
extension Composition {
    mutating func factsheetView(_ sheet: Factsheet, title: String) -> FactsheetView {
        var tables: [TableView] = []
        var tableLabels: [String] = []
        var chartSentences: [String] = []
        if !sheet.figures.isEmpty {
            tableCount += 1
            let label = "\(strings["report_table"]) \(tableCount)"
            tableLabels.append(label)
            var figures = figuresTable(sheet.figures, label: label, caption: "\(strings["keyFigures"]): \(title)")
            figures.keyFigures = true
            tables.append(figures)
        }
        for table in sheet.tables {
            tableCount += 1
            let label = "\(strings["report_table"]) \(tableCount)"
            tableLabels.append(label)
            var view = dataTable(table, label: label)
            if table.chart == .bar {
                figureCount += 1
                let figure = "\(strings["report_figure"]) \(figureCount)"
                let chart = BarChart(table: table, formatter: format, title: "\(figure): \(table.caption)")
                let svg = chart.svg()
                if !svg.isEmpty {
                    let name = "\(report.id)-figuur-\(figureCount).svg"
                    attachments.append(ReportAttachment(name: name, data: Data(svg.utf8)))
                    view.chart = ChartView(figureLabel: figure, figureCaption: PandocText.inline(table.caption), file: name,
                                           alt: PandocText.attribute(chart.textAlternative))
                    chartSentences.append("\(figure) \(strings["report_shows"]) \(label.lowercased()) \(strings["report_asBarChart"]).")
                }
            }
            tables.append(view)
        }
        var sentence: String?
        if !tableLabels.isEmpty {
            let lowered = tableLabels.map { $0.lowercased() }
            let list = lowered.count == 1 ? lowered[0]
                : lowered.dropLast().joined(separator: ", ") + " \(strings["report_and"]) " + (lowered.last ?? "")
            sentence = ([strings["report_numbersIn"] + " " + list + "."] + chartSentences).joined(separator: " ")
        }
        return FactsheetView(tableSentence: sentence, tables: tables)
    }

    func figuresTable(_ figures: [Figure], label: String, caption: String) -> TableView {
        let hasContext = figures.contains { $0.period != nil || $0.area != nil }
        let hasNote = figures.contains { $0.note != nil }
        let hasPage = figures.contains { $0.page != nil }
        var header = [strings["report_column_figure"], strings["report_column_value"]]
        if hasContext { header.append(strings["report_column_context"]) }
        if hasNote { header.append(strings["note"]) }
        if hasPage { header.append(strings["report_column_page"]) }
        var rows: [[String]] = []
        for figure in figures {
            var row = [PandocText.inline(figure.label), PandocText.inline(format.value(figure.value, unit: figure.unit))]
            if hasContext {
                row.append(PandocText.inline([figure.period, figure.area].compactMap { $0 }.joined(separator: ", ")))
            }
            if hasNote { row.append(PandocText.inline(figure.note ?? "")) }
            if hasPage { row.append(PandocText.inline(figure.page ?? "")) }
            rows.append(row)
        }
        var right = Array(repeating: false, count: header.count)
        right[1] = true
        return tableView(label: label, caption: PandocText.inline(caption), header: header.map(PandocText.inline),
                         rows: rows, right: right, note: nil)
    }

    func dataTable(_ table: DataTable, label: String) -> TableView {
        let numeric: (Double) -> String = table.unit == "%" ? { format.number($0, maximumDecimals: 1) } : { format.number($0) }
        let rows = table.rows.map { row in
            row.map { cell -> String in
                switch cell {
                case .text(let text): PandocText.inline(text)
                case .number(let value): PandocText.inline(numeric(value))
                }
            }
        }
        let right = table.columns.indices.map { column in
            column > 0 && table.rows.contains { $0.indices.contains(column) && $0[column].number != nil }
                && table.rows.allSatisfy { !$0.indices.contains(column) || $0[column].number != nil || $0[column] == .text("") }
        }
        var caption = table.caption
        if let unit = table.unit { caption += " (\(unit))" }
        var notes: [String] = []
        if let note = table.note {
            let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
            notes.append("\(strings["note"]): \(trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed)")
        }
        if let page = table.page { notes.append("\(strings["source"]): \(page.contains("-") ? strings["pages"] : strings["page"]) \(page)") }
        return tableView(label: label, caption: PandocText.inline(caption), header: table.columns.map(PandocText.inline),
                         rows: rows, right: right, note: notes.isEmpty ? nil : PandocText.inline(notes.joined(separator: ". ") + "."))
    }

    /// A pipe table's rows. The dashes under the header set the columns' relative widths when
    /// Pandoc has to wrap the table, so they follow the longest text in each column.
    func tableView(label: String, caption: String, header: [String], rows: [[String]], right: [Bool],
                           note: String?) -> TableView {
        let columns = header.indices.map { column -> ColumnView in
            let longest = ([header[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 3
            return ColumnView(dashes: String(repeating: "-", count: max(6, min(40, longest))),
                              right: column < right.count && right[column])
        }
        return TableView(tableLabel: label, caption: caption, header: header.map { CellView(text: $0) }, columns: columns,
                         rows: rows.map { RowView(cells: $0.map { CellView(text: $0) }) }, tableNote: note, chart: nil)
    }
}
