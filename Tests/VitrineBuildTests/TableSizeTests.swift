import Foundation
import Testing
@testable import VitrineBuild
import VitrineTestSupport

/// SWOTs and factsheet tables of every size from empty up, built as a site and as a report
/// (the dossier includes both): each builds without error or with exactly the diagnostic its
/// emptiness calls for, and every cell's text is on the page and in the report's Markdown.
@Suite(.serialized) struct TableSizeTests {
    /// A word per cell, with how the page (HTML-escaped) and the report (`PandocText`) print it.
    static let words: [(text: String, html: String, markdown: String)] = [
        ("werk", "werk", "werk"), ("A&B", "A&amp;B", "A\\&B"), ("<b>", "&lt;b&gt;", "\\<b\\>"), ("Één", "Één", "Één"),
        ("x|y", "x|y", "x\\|y"), ("日本", "日本", "日本"), ("50%", "50%", "50%"), ("*ster*", "*ster*", "\\*ster\\*"),
    ]

    static let report = """
        title: Dossier
        publication: rapport
        sections:
          - title: Tabellen
            include: [factsheet:cijfers, swot:matrix]

        """

    /// Builds the fixture with `files` replaced; the diagnostics and the page and report texts.
    static func build(_ files: [String: String]) throws -> (diagnostics: [String], page: (String) -> String?) {
        let replay = try IncrementalReplay()
        for (path, text) in files.merging(["Content/reports/dossier.yml": report], uniquingKeysWith: { a, _ in a }) {
            try SiteEdit.write(path, text).apply(in: replay.root)
        }
        let output = replay.root.appendingPathComponent("Site")
        let result = BuildSession.build(BuildOptions(content: replay.content.path, templates: replay.templates.path,
                                                     output: output.path, search: false))
        let prefix = replay.content.path + "/"
        let diagnostics = result.diagnostics.map { $0.description.replacingOccurrences(of: prefix, with: "") }
        let pages = IncrementalReplay.snapshot(output).mapValues { String(decoding: $0, as: UTF8.self) }
        return (diagnostics, { pages[$0] })
    }

    static func swot(_ counts: [Int]) -> (file: String, entries: [(String, String, String)]) {
        var text = "---\ntitle: SWOT\nsummary: Afgeleide SWOT.\npublication: rapport\nderived: true\nthemes: [scholing]\n"
        var entries: [(String, String, String)] = []
        for (quadrant, count) in zip(["strengths", "weaknesses", "opportunities", "threats"], counts) where count > 0 {
            text += "\(quadrant):\n"
            for index in 0..<count {
                let word = words[(entries.count + index) % words.count]
                let token = "\(quadrant.prefix(1))\(index)"
                text += "  - \"\(token) \(word.text)\"\n"
                entries.append(("\(token) \(word.text)", "\(token) \(word.html)", "\(token) \(word.markdown)"))
            }
        }
        return (text + "---\n", entries)
    }

    @Test func swotsOfEverySize() throws {
        var random = SeededGenerator(seed: 14)
        var cases = [[0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1], [6, 6, 6, 6]]
        while cases.count < 16 { cases.append((0..<4).map { _ in Int.random(in: 0...6, using: &random) }) }
        for counts in cases {
            let (file, entries) = Self.swot(counts)
            let built = try Self.build(["Content/swot/matrix.md": file])
            if entries.isEmpty {
                #expect(built.diagnostics == ["swot/matrix.md:2:1: error: a SWOT needs at least one entry in one of its four quadrants (fill strengths, weaknesses, opportunities or threats)"],
                        "\(counts)")
                continue
            }
            #expect(built.diagnostics == [], "\(counts)")
            let page = try #require(built.page("swot/matrix/index.html"), "\(counts)")
            let markdown = try #require(built.page("rapporten/dossier.md"), "\(counts)")
            for (text, html, md) in entries {
                #expect(page.contains(html), "\(counts): \(text) on the page")
                #expect(markdown.contains(md), "\(counts): \(text) in the report")
            }
        }
    }

    @Test func tablesOfEverySize() throws {
        for rows in 0...4 {
            for columns in 0...4 {
                for chart in [false, true] {
                    var text = "---\ntitle: Cijfers\nsummary: De kerncijfers.\npublication: rapport\nthemes: [scholing]\n"
                    text += "tables:\n  - caption: Tabel\n    columns: [\((0..<columns).map { "K\($0)" }.joined(separator: ", "))]\n"
                    text += rows == 0 ? "    rows: []\n" : "    rows:\n"
                    var cells: [(String, String, String)] = []
                    for row in 0..<rows {
                        let line = (0..<columns).map { column -> String in
                            if column > 0 && chart { return String(row * 10 + column) }
                            let word = Self.words[(row * columns + column) % Self.words.count]
                            cells.append(("r\(row)c\(column) \(word.text)", "r\(row)c\(column) \(word.html)", "r\(row)c\(column) \(word.markdown)"))
                            return "\"r\(row)c\(column) \(word.text)\""
                        }
                        text += "      - [\(line.joined(separator: ", "))]\n"
                    }
                    if chart { text += "    chart: bar\n" }
                    let built = try Self.build(["Content/factsheets/cijfers.md": text + "---\n"])
                    let size = "\(rows) rows, \(columns) columns\(chart ? ", chart" : "")"
                    // An empty list of columns used to crash the build with a bar chart (a range 1..<0).
                    let expected = columns == 0 ? ["factsheets/cijfers.md:8:14: error: 'columns' must not be empty"]
                        : rows == 0 ? ["factsheets/cijfers.md:9:11: error: a table needs at least one row"]
                        : chart && columns == 1 ? ["factsheets/cijfers.md:\(10 + rows):12: error: a bar chart needs a column of numbers besides the labels"]
                        : []
                    #expect(built.diagnostics == expected, "\(size)")
                    guard expected.isEmpty else { continue }
                    let page = try #require(built.page("factsheets/cijfers/index.html"), "\(size)")
                    let markdown = try #require(built.page("rapporten/dossier.md"), "\(size)")
                    for (cell, html, md) in cells {
                        #expect(page.contains(html), "\(size): \(cell) on the page")
                        #expect(markdown.contains(md), "\(size): \(cell) in the report")
                    }
                }
            }
        }
    }
}
