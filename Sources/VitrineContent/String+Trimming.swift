import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation when the ends are
    /// plain ASCII that needs no trimming (nearly always), which is far cheaper.
    public var trimmed: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if Self.isKept(first) && Self.isKept(last) { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `trimmingCharacters(in: .whitespaces)`, with the same fast path.
    public var trimmedSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if Self.isKept(first) && Self.isKept(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }

    /// An ASCII byte that is neither a space nor a control character.
    private static func isKept(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
