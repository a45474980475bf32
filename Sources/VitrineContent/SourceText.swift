import Foundation

/// A content file's text, decoded and normalised: UTF-8 checked, BOM removed, CRLF made LF.
struct SourceText {
    let path: String
    let text: String

    /// Reads and decodes a file; on failure returns the diagnostic that says why.
    static func read(url: URL, displayPath: String) -> Result<SourceText, Diagnostic> {
        switch FileBytes.read(url.path) {
        case .failure(let reason):
            return .failure(.error(.unreadableFile, ["reason": .value(reason.description)], at: SourceLocation(file: displayPath)))
        case .success(let bytes):
            return decode(bytes, displayPath: displayPath)
        }
    }

    static func decode(_ data: Data, displayPath: String) -> Result<SourceText, Diagnostic> {
        decode([UInt8](data), displayPath: displayPath)
    }

    static func decode(_ bytes: [UInt8], displayPath: String) -> Result<SourceText, Diagnostic> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Line ends are normalised on bytes: Foundation's string search is the slow path.
        if bytes.contains(0x0D) {
            var normal: [UInt8] = []
            normal.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0D {
                    normal.append(0x0A)
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                } else {
                    normal.append(bytes[index])
                }
                index += 1
            }
            bytes = normal
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.error(.notUTF8, at: invalidUTF8Location(bytes, displayPath), hint: .phrase("save-as-utf8")))
        }
        if bytes.contains(0), let nul = text.firstIndex(of: "\0") {
            let before = text[..<nul]
            let line = before.count(where: { $0 == "\n" }) + 1
            let column = before.unicodeScalars.count - (before.lastIndex(of: "\n").map {
                before[...$0].unicodeScalars.count } ?? 0) + 1
            return .failure(.error(.nulCharacter, at: SourceLocation(file: displayPath, line: line, column: column)))
        }
        return .success(SourceText(path: displayPath, text: text))
    }

    /// The line and column of the first byte that breaks UTF-8.
    private static func invalidUTF8Location(_ bytes: [UInt8], _ path: String) -> SourceLocation {
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  String(validating: bytes[index..<index + length], as: UTF8.self) != nil else { break }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return SourceLocation(file: path, line: line, column: column)
    }
}
