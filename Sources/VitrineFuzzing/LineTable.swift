/// The lines of a file as the loader numbers them: a UTF-8 BOM is not part of line 1, CRLF
/// and a lone CR end a line like LF (as `SourceText` normalises them), and a line's length
/// counts Unicode scalars (bytes that do not continue a UTF-8 sequence, so a file that is not
/// UTF-8 still gets lengths).
struct LineTable {
    /// Length of each line in scalars; the last entry is the text after the last line end.
    private(set) var lengths: [Int] = [0]

    init(_ bytes: [UInt8]) {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                lengths.append(0)
            } else if byte & 0xC0 != 0x80 {
                lengths[lengths.count - 1] += 1
            }
            index += 1
        }
    }

    /// Line ends in the file (`wc -l` after normalising).
    var lineEnds: Int { lengths.count - 1 }

    /// Whether line and column name a place in the file: a line that exists (at most one past
    /// the last line end) and a column at most one past that line's last scalar.
    func contains(line: Int, column: Int) -> Bool {
        guard line >= 1, column >= 1, line <= lineEnds + 1 else { return false }
        return column <= lengths[line - 1] + 1
    }
}
