import VitrineContent

/// Which tag closes which section, parent or block, and which blocks are arguments
/// (direct children of a parent tag). Mismatched and unclosed tags are errors here.
struct TemplateNesting {
    private(set) var closeOf: [Int: Int] = [:]
    private(set) var arguments: Set<Int> = []

    static func match(_ tokens: [TemplateToken], file: String) -> Result<TemplateNesting, Diagnostic> {
        var nesting = TemplateNesting()
        var open: [(index: Int, name: String)] = []
        for (index, token) in tokens.enumerated() {
            guard case .tag(let kind, let name) = token.kind else { continue }
            if kind.opensElement {
                if kind == .block, let enclosing = open.last, tokens[enclosing.index].tagKind == .parent {
                    nesting.arguments.insert(index)
                }
                open.append((index, name))
            } else if kind == .close {
                guard let innermost = open.popLast() else {
                    return .failure(error("'{{/\(name)}}' closes nothing: no section is open", token, file))
                }
                guard innermost.name == name else {
                    let opener = tokens[innermost.index]
                    return .failure(error(
                        "'{{/\(name)}}' does not close the open \(Self.noun(opener.tagKind)) '\(innermost.name)' (opened at line \(opener.line), column \(opener.column))",
                        token, file))
                }
                nesting.closeOf[innermost.index] = index
            }
        }
        if let unclosed = open.last {
            let opener = tokens[unclosed.index]
            return .failure(error("\(noun(opener.tagKind)) '\(unclosed.name)' is never closed", opener, file))
        }
        return .success(nesting)
    }

    private static func noun(_ kind: TemplateToken.TagKind?) -> String {
        switch kind {
        case .inverted: "inverted section"
        case .parent: "parent"
        case .block: "block"
        default: "section"
        }
    }

    private static func error(_ message: String, _ token: TemplateToken, _ file: String) -> Diagnostic {
        .error("template syntax error: \(message)", at: SourceLocation(file: file, line: token.line, column: token.column))
    }
}
