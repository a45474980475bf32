import Foundation

/// A content file's text, decoded and normalised: UTF-8 checked, BOM removed, CRLF made LF.
struct SourceText {
    let path: String
    let text: String

    /// Reads and decodes a file; on failure returns the diagnostic that says why.
    static func read(url: URL, displayPath: String) -> Result<SourceText, Diagnostic> {
        switch FileBytes.read(url.path) {
        case .failure(let reason):
            return .failure(.error("cannot read file: \(reason)", at: SourceLocation(file: displayPath)))
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
            return .failure(.error("file is not valid UTF-8", at: invalidUTF8Location(bytes, displayPath),
                                   hint: "save the file as UTF-8"))
        }
        if bytes.contains(0), let nul = text.firstIndex(of: "\0") {
            let before = text[..<nul]
            let line = before.count(where: { $0 == "\n" }) + 1
            let column = before.unicodeScalars.count - (before.lastIndex(of: "\n").map {
                before[...$0].unicodeScalars.count } ?? 0) + 1
            return .failure(.error("file contains a NUL character", at: SourceLocation(file: displayPath, line: line, column: column)))
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

/// A Markdown item split into its YAML front matter and its body.
struct FrontMatterDocument {
    /// The YAML between the `---` lines; it starts on file line 2.
    let yaml: String
    let body: String
    /// The file line the body starts on.
    let bodyStartLine: Int

    static let yamlStartLine = 2

    /// Splits on the UTF-8 bytes: lines are found with byte comparisons, not by walking
    /// Characters, which on thousands of files was the largest part of reading them.
    static func split(_ source: SourceText) -> Result<FrontMatterDocument, Diagnostic> {
        let utf8 = source.text.utf8
        var lineStarts: [String.Index] = []
        /// Where the line starting at `start` ends (its newline, or the end of the text).
        func lineEnd(_ start: String.Index) -> String.Index { utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex }
        func isFence(_ start: String.Index) -> Bool {
            var end = lineEnd(start)
            while end > start, let before = utf8.index(end, offsetBy: -1, limitedBy: start),
                  utf8[before] == 0x20 || utf8[before] == 0x09 { end = before }
            return utf8[start..<end].elementsEqual("---".utf8)
        }
        guard isFence(utf8.startIndex) else {
            return .failure(.error("missing front matter: an item starts with a line '---'",
                                   at: SourceLocation(file: source.path),
                                   hint: "put the YAML fields between two '---' lines at the top"))
        }
        var line = 1
        var start = lineEnd(utf8.startIndex)
        while start < utf8.endIndex {
            start = utf8.index(after: start)  // past the newline
            line += 1
            lineStarts.append(start)
            if isFence(start) {
                let yamlStart = lineStarts.first ?? start
                let yaml = yamlStart < start ? String(source.text[yamlStart..<utf8.index(before: start)]) : ""
                let end = lineEnd(start)
                let body = end < utf8.endIndex ? String(source.text[utf8.index(after: end)...]) : ""
                return .success(FrontMatterDocument(yaml: yaml, body: body, bodyStartLine: line + 1))
            }
            start = lineEnd(start)
        }
        return .failure(.error("front matter is not closed: no second '---' line",
                               at: SourceLocation(file: source.path, line: line, column: 1)))
    }
}
