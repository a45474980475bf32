/// The Mustache spec's whitespace rules (specs/whitespace.md), applied to the tokens:
///
/// - a line holding only whitespace and one non-interpolation tag is removed (standalone);
///   a standalone partial's leading whitespace indents every line it expands to;
/// - a parent element whose opening tag has only whitespace before it and whose closing tag
///   has only whitespace after it is standalone as a whole;
/// - an argument block whose opening tag ends its line starts on the next line, and that
///   line's indentation (intrinsic indentation) is removed from each of its lines;
/// - a parameter block re-indents the argument that overrides it.
///
/// Every kept line gets a `lineStart` token before its first output, where the renderer
/// writes the indentation of the partials around it.
struct TemplateWhitespace {
    private var tokens: [TemplateToken]
    private let nesting: TemplateNesting
    /// Line number (0-based, counting source newlines) of every token.
    private var lineOf: [Int] = []
    private var lines: [[Int]] = []
    private var standalone: Set<Int> = []
    private var linesWithoutStart: Set<Int> = []

    static func apply(_ tokens: [TemplateToken], nesting: TemplateNesting) -> [TemplateToken] {
        var rules = TemplateWhitespace(tokens: tokens, nesting: nesting)
        rules.indexLines()
        rules.stripArgumentBlocks()
        let intrinsic = rules.intrinsicIndentations()
        rules.removeStandaloneLines()
        rules.applyParentElements()
        rules.applyParameterBlocks(intrinsic: intrinsic)
        return rules.output()
    }

    private mutating func indexLines() {
        var line = 0
        for token in tokens {
            lineOf.append(line)
            if token.endsLine { line += 1 }
        }
        lines = Array(repeating: [], count: line + 1)
        for index in tokens.indices { lines[lineOf[index]].append(index) }
    }

    private var opensInOrder: [Int] { nesting.closeOf.keys.sorted() }

    /// Argument blocks: content starts after an opening tag that ends its line, without
    /// the indentation of its first line.
    private mutating func stripArgumentBlocks() {
        for open in opensInOrder where nesting.arguments.contains(open) {
            guard let close = nesting.closeOf[open] else { continue }
            let next = open + 1
            guard next < close, !tokens[next].removed, tokens[next].isWhitespaceText, tokens[next].endsLine else {
                tokens[open].startsMidLine = true
                continue
            }
            tokens[next].removed = true
            let firstLine = lineOf[open] + 1
            guard let first = lines[firstLine].first(where: { !tokens[$0].removed }), first < close,
                  let text = tokens[first].text else { continue }
            let intrinsic = TemplateBytes.leadingIndentation(text)
            guard !intrinsic.isEmpty else { continue }
            for line in firstLine...lineOf[close] {
                guard let start = lines[line].first(where: { !tokens[$0].removed }), start > open, start < close,
                      let bytes = tokens[start].text, bytes.starts(with: intrinsic) else { continue }
                let rest = Array(bytes.dropFirst(intrinsic.count))
                tokens[start].kind = .text(rest)
                if rest.isEmpty { tokens[start].removed = true }
            }
        }
    }

    /// For parameter blocks alone on their line: the indentation of the line after.
    private func intrinsicIndentations() -> [Int: [UInt8]] {
        var result: [Int: [UInt8]] = [:]
        for open in opensInOrder where tokens[open].tagKind == .block && !nesting.arguments.contains(open) {
            guard onlyBlank(before: open), onlyBlank(after: open) else { continue }
            let next = lineOf[open] + 1
            guard next < lines.count, let first = lines[next].first(where: { !tokens[$0].removed }),
                  let text = tokens[first].text else {
                result[open] = []
                continue
            }
            result[open] = TemplateBytes.leadingIndentation(text)
        }
        return result
    }

    private mutating func removeStandaloneLines() {
        for line in lines.indices {
            let kept = lines[line].filter { !tokens[$0].removed }
            let content = kept.filter { !tokens[$0].isWhitespaceText }
            guard content.count == 1, let tag = content.first, tokens[tag].tagKind?.canStandAlone == true else { continue }
            var indentation: [UInt8] = []
            for index in kept where index != tag {
                if index < tag, let text = tokens[index].text { indentation += text }
                tokens[index].removed = true
            }
            tokens[tag].lineIndentation = indentation
            standalone.insert(tag)
            linesWithoutStart.insert(line)
        }
    }

    /// A parent element with nothing but whitespace around it stands alone as a whole.
    private mutating func applyParentElements() {
        for open in opensInOrder where tokens[open].tagKind == .parent && !standalone.contains(open) {
            guard let close = nesting.closeOf[open], onlyBlank(before: open),
                  standalone.contains(close) || onlyBlank(after: close) else { continue }
            var indentation: [UInt8] = []
            for index in lines[lineOf[open]] where index < open && !tokens[index].removed {
                indentation += tokens[index].text ?? []
                tokens[index].removed = true
            }
            tokens[open].lineIndentation = indentation
            linesWithoutStart.insert(lineOf[open])
            for index in lines[lineOf[close]] where index > close { tokens[index].removed = true }
        }
    }

    /// How a parameter block indents the argument that overrides it.
    private mutating func applyParameterBlocks(intrinsic: [Int: [UInt8]]) {
        for open in opensInOrder where tokens[open].tagKind == .block && !nesting.arguments.contains(open) {
            guard let close = nesting.closeOf[open] else { continue }
            if standalone.contains(open) {
                tokens[open].overrideIndentation = intrinsic[open] ?? []
                tokens[open].overrideIndentsFirstLine = true
            } else if onlyBlank(before: open), standalone.contains(close) || onlyBlank(after: close) {
                tokens[open].overrideIndentation = lines[lineOf[open]]
                    .filter { $0 < open && !tokens[$0].removed }.flatMap { tokens[$0].text ?? [] }
            }
        }
    }

    private func onlyBlank(before index: Int) -> Bool {
        lines[lineOf[index]].allSatisfy { $0 >= index || tokens[$0].removed || tokens[$0].isWhitespaceText }
    }

    private func onlyBlank(after index: Int) -> Bool {
        lines[lineOf[index]].allSatisfy { $0 <= index || tokens[$0].removed || tokens[$0].isWhitespaceText }
    }

    /// The kept tokens, with a line start before the first output of every kept line.
    private func output() -> [TemplateToken] {
        var lineStartAt: Set<Int> = []
        for line in lines.indices where !linesWithoutStart.contains(line) {
            if let first = lines[line].first(where: { !tokens[$0].removed && Self.producesOutput(tokens[$0]) }) {
                lineStartAt.insert(first)
            }
        }
        var result: [TemplateToken] = []
        result.reserveCapacity(tokens.count + lines.count)
        for (index, token) in tokens.enumerated() where !token.removed {
            if lineStartAt.contains(index) {
                result.append(TemplateToken(kind: .lineStart, line: token.line, column: token.column))
            }
            result.append(token)
            if token.startsMidLine {
                result.append(TemplateToken(kind: .lineStart, line: token.line, column: token.column))
            }
        }
        return result
    }

    /// Text, interpolations, partials, parents and blocks write where they stand; the
    /// line start goes before the first of them, not into a section that may render nothing.
    private static func producesOutput(_ token: TemplateToken) -> Bool {
        switch token.kind {
        case .text: true
        case .lineStart: false
        case .tag(let kind, _):
            switch kind {
            case .escaped, .unescaped, .partial, .parent, .block: true
            case .section, .inverted, .close, .comment, .delimiters, .pragma: false
            }
        }
    }
}
