import VitrineContent

/// Splits a template source into text and tags, following set-delimiter tags, and
/// reports malformed tags with their line and column.
struct TemplateTokenizer {
    private let source: [UInt8]
    private let file: String
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var tokens: [TemplateToken] = []
    private var lineNumber = 1
    private var lineStart = 0
    private var scanned = 0

    init(source: [UInt8], file: String) {
        self.source = source
        self.file = file
    }

    static func tokenize(_ source: [UInt8], file: String) -> Result<[TemplateToken], Diagnostic> {
        var tokenizer = TemplateTokenizer(source: source, file: file)
        return tokenizer.run().map { _ in tokenizer.tokens }
    }

    private mutating func run() -> Result<Void, Diagnostic> {
        var position = 0
        while position < source.count {
            guard let tagStart = find(open, from: position) else {
                appendText(position..<source.count)
                break
            }
            appendText(position..<tagStart)
            let (line, column) = location(of: tagStart)
            switch readTag(at: tagStart, line: line, column: column) {
            case .success(let end): position = end
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        }
        return .success(())
    }

    /// Reads the tag at `start`; returns the offset after it.
    private mutating func readTag(at start: Int, line: Int, column: Int) -> Result<Int, Diagnostic> {
        let afterOpen = start + open.count
        let sigil = afterOpen < source.count ? source[afterOpen] : 0
        let kind: TemplateToken.TagKind
        var contentStart = afterOpen + 1
        var terminator = close
        switch sigil {
        case UInt8(ascii: "{"): kind = .unescaped; terminator = Array("}".utf8) + close
        case UInt8(ascii: "&"): kind = .unescaped
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "="): kind = .delimiters; terminator = Array("=".utf8) + close
        case UInt8(ascii: "%"): kind = .pragma
        default: kind = .escaped; contentStart = afterOpen
        }
        guard let contentEnd = find(terminator, from: contentStart) else {
            let opening = String(decoding: open, as: UTF8.self), closing = String(decoding: terminator, as: UTF8.self)
            return .failure(error(.phrase("syntax.unclosed-tag", ["opening": .value(opening), "closing": .value(closing)]), line, column))
        }
        let raw = String(decoding: source[contentStart..<contentEnd], as: UTF8.self)
        let content = kind == .comment ? raw : Self.trimmed(raw)
        if kind != .comment && content.isEmpty {
            return .failure(error(.phrase("syntax.empty-tag"), line, column))
        }
        if kind == .delimiters {
            let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            guard parts.count == 2, !parts[0].contains("="), !parts[1].contains("=") else {
                return .failure(error(.phrase("syntax.set-delimiters", ["tag": .value(content), "example": .value("{{=<% %>=}}")]),
                                     line, column))
            }
            open = Array(parts[0].utf8)
            close = Array(parts[1].utf8)
        } else if kind != .comment && kind != .pragma && content.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            return .failure(error(.phrase("syntax.tag-name", ["tag": .value(content)]), line, column))
        }
        tokens.append(TemplateToken(kind: .tag(kind, content), line: line, column: column))
        return .success(contentEnd + terminator.count)
    }

    /// Text as tokens that each end after a newline or where the text ends.
    private mutating func appendText(_ range: Range<Int>) {
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start
            while end < range.upperBound && source[end] != 0x0A { end += 1 }
            if end < range.upperBound { end += 1 }
            let (line, column) = location(of: start)
            tokens.append(TemplateToken(kind: .text(Array(source[start..<end])), line: line, column: column))
            start = end
        }
    }

    /// Line and column (in Unicode scalars) of a byte offset; offsets only grow.
    private mutating func location(of offset: Int) -> (line: Int, column: Int) {
        while scanned < offset {
            if source[scanned] == 0x0A {
                lineNumber += 1
                lineStart = scanned + 1
            }
            scanned += 1
        }
        let column = source[lineStart..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (lineNumber, column)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= source.count else { return nil }
        var index = start
        let last = source.count - needle.count
        while index <= last {
            if source[index] == first {
                var matched = true
                for offset in 1..<needle.count where source[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    private func error(_ problem: DiagnosticText, _ line: Int, _ column: Int) -> Diagnostic {
        .error(.templateSyntax, ["problem": problem], at: SourceLocation(file: file, line: line, column: column))
    }

    static func trimmed(_ text: String) -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return String(text.drop(while: blank).reversed().drop(while: blank).reversed())
    }
}
