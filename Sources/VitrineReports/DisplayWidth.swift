/// How many columns Pandoc counts for a text when it reads a grid table (measured with Pandoc
/// 3.9): two for each wide character (CJK, Hangul, kana, fullwidth forms, emoji shown as
/// emoji), none for combining marks and format characters (a joiner, a variation selector, a
/// soft hyphen), one for everything else. A grid table whose lines are not equally wide by this
/// count is not read as a table.
enum DisplayWidth {
    /// The wide blocks besides the emoji (East Asian Width W and F).
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x3247, 0x3250...0x4DBF, 0x4E00...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x16FE0...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x3FFFD,
    ]
    /// Emoji by default, but narrow: the regional indicators that make up flags.
    private static let regionalIndicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF

    static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        // Latin text at once: below U+0300 only the soft hyphen is not one column wide.
        if scalar.value < 0x300 { return scalar.value == 0xAD ? 0 : 1 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if properties.isEmojiPresentation && !regionalIndicators.contains(scalar.value) { return 2 }
        return wide.contains { $0.contains(scalar.value) } ? 2 : 1
    }
}
