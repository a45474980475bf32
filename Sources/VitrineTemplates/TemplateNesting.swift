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
                    return .failure(error(.phrase("syntax.closes-nothing", ["tag": .value("{{/\(name)}}")]), token, file))
                }
                guard innermost.name == name else {
                    let opener = tokens[innermost.index]
                    return .failure(error(.phrase("syntax.wrong-close", [
                        "tag": .value("{{/\(name)}}"), "opened": Self.noun(opener.tagKind), "name": .value(innermost.name),
                        "line": .value(String(opener.line)), "column": .value(String(opener.column)),
                    ]), token, file))
                }
                nesting.closeOf[innermost.index] = index
            }
        }
        if let unclosed = open.last {
            let opener = tokens[unclosed.index]
            return .failure(error(.phrase("syntax.never-closed", ["opened": noun(opener.tagKind), "name": .value(unclosed.name)]),
                                  opener, file))
        }
        return .success(nesting)
    }

    private static func noun(_ kind: TemplateToken.TagKind?) -> DiagnosticText {
        switch kind {
        case .inverted: .phrase("opened.inverted")
        case .parent: .phrase("opened.parent")
        case .block: .phrase("opened.block")
        default: .phrase("opened.section")
        }
    }

    private static func error(_ problem: DiagnosticText, _ token: TemplateToken, _ file: String) -> Diagnostic {
        .error(.templateSyntax, ["problem": problem], at: SourceLocation(file: file, line: token.line, column: token.column))
    }
}
