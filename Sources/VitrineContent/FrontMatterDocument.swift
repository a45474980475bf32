import Foundation

/// A Markdown item split into its YAML front matter and its body.
struct FrontMatterDocument {
    /// The YAML between the `---` lines; it starts on file line 2.
    let yaml: String
    let body: String
    /// The file line the body starts on.
    let bodyStartLine: Int
    /// Where the body starts in the text, in UTF-8 bytes.
    var bodyOffset: Int = 0

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
            return .failure(.error(.missingFrontMatter, at: SourceLocation(file: source.path), hint: .phrase("add-front-matter")))
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
                let bodyStart = end < utf8.endIndex ? utf8.index(after: end) : utf8.endIndex
                let body = String(source.text[bodyStart...])
                return .success(FrontMatterDocument(yaml: yaml, body: body, bodyStartLine: line + 1,
                                                    bodyOffset: utf8.distance(from: utf8.startIndex, to: bodyStart)))
            }
            start = lineEnd(start)
        }
        return .failure(.error(.unclosedFrontMatter,
                               at: SourceLocation(file: source.path, line: line, column: 1)))
    }
}
