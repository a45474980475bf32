import Testing
@testable import VitrineReports
import VitrineTestSupport

/// Random grid tables (1 to 5 columns, 0 to 5 rows, with and without a header, widths from 0,
/// cells of paragraphs, list items and nested items, words up to 30 characters including
/// accented, combining, wide (CJK, emoji) and zero-width characters): every line is as wide
/// as every other as Pandoc counts columns (`DisplayWidth`), the `+` and `|` of every line
/// stand in the same columns, and every cell's words come back in order from its column.
@Suite struct GridTableWidthTests {
    static let letters: [String] = ["a", "b", "k", "z", "E", "é", "ï", "ĳ", "ß", "e\u{301}", "o\u{308}", "1", ".", "*", "\\|",
                                    "日", "本", "한", "ア", "Ａ", "🎓", "👍🏽", "❤️", "🇳🇱", "\u{AD}"]

    /// A line as the columns Pandoc sees: a wide character fills its first column and leaves
    /// the others empty; a character of no width joins the column before it.
    static func columns(_ line: Substring) -> [String] {
        var columns: [String] = []
        for character in line {
            let width = DisplayWidth.of(String(character))
            if width == 0, !columns.isEmpty { columns[columns.count - 1].append(character); continue }
            columns.append(String(character))
            columns += Array(repeating: "", count: max(0, width - 1))
        }
        return columns
    }

    static func word(_ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...30, using: &random)).map { _ in letters[Int.random(in: 0..<letters.count, using: &random)] }.joined()
    }

    static func cell(_ random: inout SeededGenerator) -> String {
        var lines: [String] = []
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            let words = (0..<Int.random(in: 1...8, using: &random)).map { _ in word(&random) }.joined(separator: " ")
            switch Int.random(in: 0..<5, using: &random) {
            case 0: lines.append("- " + words)
            case 1: lines.append("  - " + words)
            case 2: lines.append("")
            default: lines.append(words)
            }
        }
        return lines.joined(separator: "\n")
    }

    static func text(of columns: ArraySlice<String>) -> String { columns.joined() }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    @Test func everyLineIsAsWideAsTheRuleAndCellsKeepTheirWords() throws {
        var random = SeededGenerator(seed: 14)
        for round in 0..<1_000 {
            let most = Int.random(in: 1...5, using: &random)
            let widths = (0..<Int.random(in: 0...most, using: &random)).map { _ in Int.random(in: 0...20, using: &random) }
            let header = Bool.random(using: &random) ? (0..<most).map { _ in Self.cell(&random) } : nil
            let rows = (0..<Int.random(in: 0...5, using: &random)).map { _ in
                (0..<Int.random(in: 1...most, using: &random)).map { _ in Self.cell(&random) }
            }
            let table = GridTable(widths: widths, header: header, rows: rows)
            // The table has as many columns as its widest part; shorter rows are padded.
            let columns = max(widths.count, header?.count ?? 0, rows.map(\.count).max() ?? 0)
            let markdown = table.markdown
            guard columns > 0 else {
                #expect(markdown == "++\n")  // no parts at all: a degenerate rule, no caller makes one
                continue
            }
            #expect(markdown.hasSuffix("\n"))
            // A zero-width character rides on its letter (no letter is drawn wide here and zero).
            let lines = markdown.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(Self.columns)
            let rule = try #require(lines.first)
            // The column boundaries are where the top rule has a `+`.
            let boundaries = rule.indices.filter { rule[$0] == "+" }
            #expect(boundaries.count == columns + 1, "round \(round)")
            var blocks: [[[String]]] = []
            for line in lines {
                #expect(line.count == rule.count, "round \(round): \(Self.text(of: line[...])) is \(line.count) wide, the rule \(rule.count)")
                guard line.count == rule.count else { return }
                #expect(boundaries.allSatisfy { line[$0] == "+" || line[$0] == "|" }, "round \(round): \(Self.text(of: line[...]))")
                if line.first == "+" {
                    #expect(line.allSatisfy { ["+", "-", "="].contains($0) }, "round \(round): \(Self.text(of: line[...]))")
                    blocks.append([])
                } else {
                    blocks[blocks.count - 1].append(line)
                }
            }
            // Between the rules: the header (when there is one) and each row, in order.
            let drawn = Array(blocks.dropLast())
            let expected = (header.map { [$0] } ?? []) + rows
            #expect(drawn.count == expected.count, "round \(round)")
            for (block, cells) in zip(drawn, expected) {
                for column in 0..<columns {
                    let slices = block.map { Self.text(of: $0[(boundaries[column] + 1)..<boundaries[column + 1]]) }
                    let text = column < cells.count ? cells[column] : ""
                    #expect(slices.flatMap { Self.words($0) } == Self.words(text), "round \(round), column \(column): \(slices) for \(text.debugDescription)")
                    #expect(slices.allSatisfy { $0.hasPrefix(" ") && $0.hasSuffix(" ") }, "round \(round): \(slices)")
                }
            }
        }
    }
}
