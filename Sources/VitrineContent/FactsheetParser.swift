import Yams

/// Reads a factsheet's figures and tables.
struct FactsheetParser {
    let yaml: YAMLSource

    func parse(_ fields: inout FieldReader) -> Factsheet {
        let subject = fields.text("subject")
        let asOf = fields.date("asOf")
        let figures = (fields.list("figures") ?? []).compactMap { figure($0, &fields.diagnostics) }
        let tables = (fields.list("tables") ?? []).compactMap { table($0, &fields.diagnostics) }
        if figures.isEmpty && tables.isEmpty && !fields.diagnostics.hasErrors {
            fields.diagnostics.append(.error(.emptyFactsheet, at: fields.location))
        }
        return Factsheet(subject: subject, asOf: asOf, figures: figures, tables: tables)
    }

    private func figure(_ node: Node, _ diagnostics: inout [Diagnostic]) -> Figure? {
        guard var fields = FieldReader(node, source: yaml, what: .phrase("what.figure"), at: yaml.location(of: node),
                                       diagnostics: &diagnostics) else { return nil }
        let label = fields.text("label", required: true)
        let value = fields.number("value", required: true)
        let figure = Figure(label: label ?? "", value: value ?? 0, unit: fields.text("unit"),
                            period: fields.text("period"), area: fields.text("area"),
                            note: fields.text("note"), page: fields.page("page"))
        fields.reportUnknownFields(.phrase("what.figure"))
        diagnostics += fields.diagnostics
        return label != nil && value != nil ? figure : nil
    }

    private func table(_ node: Node, _ diagnostics: inout [Diagnostic]) -> DataTable? {
        guard var fields = FieldReader(node, source: yaml, what: .phrase("what.table"), at: yaml.location(of: node),
                                       diagnostics: &diagnostics) else { return nil }
        let caption = fields.text("caption", required: true)
        var columns = fields.texts("columns", required: true)?.map(\.text)
        // A table without columns has nothing to show (and a bar chart of it no label column).
        if columns?.isEmpty == true {
            fields.diagnostics.append(.error(.emptyField, ["field": .value("columns")], at: fields.location(of: "columns")))
            columns = nil
        }
        var rows: [[Cell]] = []
        for rowNode in fields.list("rows") ?? [] {
            guard case .sequence(let cells) = rowNode else {
                fields.diagnostics.append(.error(.rowNotAList, ["found": describe(rowNode)], at: yaml.location(of: rowNode)))
                continue
            }
            if let columns, cells.count != columns.count {
                fields.diagnostics.append(.error(
                    .rowLength, ["cells": .counted("cells", cells.count), "columns": .counted("columns", columns.count)],
                    at: yaml.location(of: rowNode),
                    hint: .phrase("table-columns", ["columns": .value(columns.joined(separator: ", "))])))
                continue
            }
            // A row with a cell that is no value (its error given) is left out whole: shorter,
            // it would not line up with the columns (found by fuzzing: the chart check read past it).
            let values = cells.compactMap { cell($0, &fields.diagnostics) }
            if values.count == cells.count { rows.append(values) }
        }
        if fields.has("rows"), rows.isEmpty, !fields.diagnostics.hasErrors {
            fields.diagnostics.append(.error(.emptyTable, at: fields.location(of: "rows")))
        } else if !fields.has("rows") {
            fields.missing("rows")
        }
        var chart: ChartType?
        if let text = fields.text("chart") {
            chart = ChartType(rawValue: text)
            if chart == nil {
                fields.diagnostics.append(.error(.unknownChart, ["chart": .value(text)], at: fields.location(of: "chart"),
                                                 hint: .phrase("chart-is-bar")))
            } else if let columns, !rows.isEmpty,
                      !(1..<max(1, columns.count)).contains(where: { column in rows.contains { $0[column].number != nil } }) {
                fields.diagnostics.append(.error(.chartWithoutNumbers, at: fields.location(of: "chart")))
            }
        }
        let table = DataTable(caption: caption ?? "", columns: columns ?? [], rows: rows, unit: fields.text("unit"),
                              note: fields.text("note"), page: fields.page("page"), chart: chart)
        fields.reportUnknownFields(.phrase("what.table"))
        diagnostics += fields.diagnostics
        return caption != nil && columns != nil ? table : nil
    }

    private func cell(_ node: Node, _ diagnostics: inout [Diagnostic]) -> Cell? {
        guard case .scalar(let scalar) = node else {
            diagnostics.append(.error(.cellNotScalar, ["found": describe(node)], at: yaml.location(of: node)))
            return nil
        }
        if node.isNull { return .text("") }
        if scalar.isPlain, PlainScalar.isNumber(scalar.string), let value = node.float, value.isFinite {
            if NumberReading.looksLikeThousandsSeparator(scalar.string) {
                diagnostics.append(.warning(.cellDecimalPoint, ["cell": .value(scalar.string)], at: yaml.location(of: node),
                                            hint: .phrase("write-whole-number-or-text",
                                                          ["whole": .value(scalar.string.replacingOccurrences(of: ".", with: ""))])))
            }
            return .number(value)
        }
        return .text(scalar.string)
    }
}
