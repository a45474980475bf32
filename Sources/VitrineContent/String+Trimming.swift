import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation when the ends are
    /// plain ASCII that needs no trimming (nearly always), which is far cheaper.
    public var trimmed: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if Self.isKept(first) && Self.isKept(last) { return self }
        // ASCII spaces and line ends at the ends (rendered Markdown ends in "\n"): cut by bytes.
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, Self.isSpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, Self.isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        if start == end { return "" }
        if Self.isKept(utf8[start]) && Self.isKept(utf8[utf8.index(before: end)]) { return String(self[start..<end]) }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `trimmingCharacters(in: .whitespaces)`, with the same fast path.
    public var trimmedSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if Self.isKept(first) && Self.isKept(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }

    /// An ASCII space, tab or line end (all of them in Foundation's whitespace and newlines).
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// An ASCII byte that is neither a space nor a control character.
    private static func isKept(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
