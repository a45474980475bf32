import Foundation

/// A content file's text, decoded and normalised: UTF-8 checked, BOM removed, CRLF made LF.
struct SourceText {
    let path: String
    let text: String

    /// Reads and decodes a file; on failure returns the diagnostic that says why.
    static func read(url: URL, displayPath: String) -> Result<SourceText, Diagnostic> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(.error("cannot read file: \(error.localizedDescription)",
                                   at: SourceLocation(file: displayPath)))
        }
        return decode(data, displayPath: displayPath)
    }

    static func decode(_ data: Data, displayPath: String) -> Result<SourceText, Diagnostic> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.error("file is not valid UTF-8", at: invalidUTF8Location(bytes, displayPath),
                                   hint: "save the file as UTF-8"))
        }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if let nul = text.firstIndex(of: "\0") {
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

    static func split(_ source: SourceText) -> Result<FrontMatterDocument, Diagnostic> {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(.error("missing front matter: an item starts with a line '---'",
                                   at: SourceLocation(file: source.path),
                                   hint: "put the YAML fields between two '---' lines at the top"))
        }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpaces == "---" }) else {
            return .failure(.error("front matter is not closed: no second '---' line",
                                   at: SourceLocation(file: source.path, line: lines.count, column: 1)))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatterDocument(yaml: yaml, body: body, bodyStartLine: close + 2))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
