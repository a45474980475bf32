import Testing
@testable import VitrineReports

/// Widths as Pandoc 3.9 reads them in a grid table, measured by drawing a two-column table
/// with the text padded for each width from 0 to 4 and keeping the width at which Pandoc read
/// the text and the next cell apart (4,000 sampled code points of Latin, combining marks,
/// symbols, CJK, Hangul, kana, fullwidth forms and emoji all agreed with `DisplayWidth`).
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("A", 1), ("é", 1), ("e\u{301}", 1), ("ß", 1), ("\u{AD}", 0), ("\u{200B}", 0), ("\u{FEFF}", 0), ("☀", 1),
        ("日", 2), ("한", 2), ("あ", 2), ("Ａ", 2), ("ｱ", 1), ("〿", 1), ("⌚", 2), ("🎓", 2), ("❤️", 1),
        ("🇳🇱", 2), ("👍🏽", 4), ("👩‍💻", 4), ("日本語 en 🎓", 12),
    ])
    func widthAsPandocCountsIt(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    /// The table that Pandoc read as one cell of garbage before widths were counted this way.
    @Test func aCellWithCJKIsPaddedToItsColumns() {
        let table = GridTable(widths: [4, 4], header: ["a", "b"], rows: [["日本", "x"]])
        #expect(table.markdown == """
            +------+------+
            | a    | b    |
            +======+======+
            | 日本 | x    |
            +------+------+

            """)
    }
}
