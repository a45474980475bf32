import VitrineContent

/// Source text to `ParsedTemplate`: tokens, the content-type pragma, nesting, the spec's
/// whitespace rules, then the node tree. The first syntax error of a file is reported
/// with its line and column.
enum TemplateParser {
    static func parse(_ source: String, name: String, file: String) -> Result<ParsedTemplate, Diagnostic> {
        do {
            var tokens = try TemplateTokenizer.tokenize(Array(source.utf8), file: file).get()
            let escapesHTML = try contentType(of: &tokens, file: file)
            let nesting = try TemplateNesting.match(tokens, file: file).get()
            var tree = TemplateTreeBuilder(tokens: TemplateWhitespace.apply(tokens, nesting: nesting), file: file)
            let nodes = try tree.build()
            return .success(ParsedTemplate(name: name, file: file, escapesHTML: escapesHTML, nodes: nodes))
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(.error(.templateSyntax, ["problem": .value("\(error)")], at: SourceLocation(file: file)))
        }
    }

    /// `{{% CONTENT_TYPE: TEXT }}` before anything else makes the file's `{{x}}` print as is.
    private static func contentType(of tokens: inout [TemplateToken], file: String) throws -> Bool {
        var escapesHTML = true
        for (index, token) in tokens.enumerated() {
            guard case .tag(.pragma, let content) = token.kind else { continue }
            let at = SourceLocation(file: file, line: token.line, column: token.column)
            let parts = content.split(separator: ":", maxSplits: 1).map { TemplateTokenizer.trimmed(String($0)) }
            guard parts.count == 2, parts[0] == "CONTENT_TYPE", parts[1] == "TEXT" || parts[1] == "HTML" else {
                throw Diagnostic.error(.templateSyntax, ["problem": .phrase("syntax.unknown-pragma", ["pragma": .value(content)])], at: at)
            }
            guard tokens[..<index].allSatisfy(\.isWhitespaceText) else {
                throw Diagnostic.error(.templateSyntax, ["problem": .phrase("syntax.pragma-first")], at: at)
            }
            escapesHTML = parts[1] == "HTML"
        }
        return escapesHTML
    }

    /// Tags name templates with dots (`partials.tile`); files use slashes (`partials/tile`).
    static func templateName(_ tagName: String) -> String {
        String(tagName.map { $0 == "." ? "/" : $0 })
    }
}

/// Turns the tokens of one template into nested nodes (nesting is already checked).
struct TemplateTreeBuilder {
    private let tokens: [TemplateToken]
    private let file: String
    private var index = 0
    private var nextArgumentID = 0

    init(tokens: [TemplateToken], file: String) {
        self.tokens = tokens
        self.file = file
    }

    mutating func build() throws(Diagnostic) -> [TemplateNode] {
        try nodes()
    }

    /// Nodes up to the closing tag of the element being read (or the end).
    private mutating func nodes() throws(Diagnostic) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            let position = TemplatePosition(line: token.line, column: token.column)
            switch token.kind {
            case .text(let bytes):
                if case .text(let previous)? = nodes.last {
                    nodes[nodes.count - 1] = .text(previous + bytes)
                } else {
                    nodes.append(.text(bytes))
                }
            case .lineStart:
                nodes.append(.lineStart)
            case .tag(let kind, let content):
                switch kind {
                case .close:
                    return nodes
                case .comment, .delimiters, .pragma:
                    continue
                case .escaped, .unescaped:
                    nodes.append(.variable(try expression(content, token), escaped: kind == .escaped, position))
                case .section, .inverted:
                    let tested = try expression(content, token)
                    nodes.append(.section(tested, inverted: kind == .inverted, try self.nodes(), position))
                case .partial:
                    nodes.append(.partial(TemplateParser.templateName(content), indentation: token.lineIndentation, position))
                case .parent:
                    let arguments = try parentArguments(content)
                    nodes.append(.parent(TemplateParser.templateName(content), indentation: token.lineIndentation,
                                         arguments: arguments, position))
                case .block:
                    let content = try self.nodes()
                    nodes.append(.block(BlockParameter(
                        name: tokenName(token), defaultContent: content, overrideIndentation: token.overrideIndentation,
                        indentsFirstLine: token.overrideIndentsFirstLine, position: position)))
                }
            }
        }
        return nodes
    }

    /// Inside `{{<parent}}`: blocks are arguments; text and comments are ignored.
    private mutating func parentArguments(_ parent: String) throws(Diagnostic) -> [BlockArgument] {
        var arguments: [BlockArgument] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .text, .lineStart, .tag(.comment, _), .tag(.delimiters, _):
                continue
            case .tag(.close, _):
                return arguments
            case .tag(.block, let name):
                let content = try nodes()
                if !arguments.contains(where: { $0.name == name }) {
                    arguments.append(BlockArgument(name: name, content: content, id: nextArgumentID))
                }
                nextArgumentID += 1
            case .tag:
                let problem = DiagnosticText.phrase("syntax.inside-parent", ["block": .value("{{$name}}"),
                                                                              "parent": .value("{{<\(parent)}}")])
                throw Diagnostic.error(.templateSyntax, ["problem": problem],
                    at: SourceLocation(file: file, line: token.line, column: token.column))
            }
        }
        return arguments
    }

    private func tokenName(_ token: TemplateToken) -> String {
        if case .tag(_, let content) = token.kind { return content }
        return ""
    }

    private func expression(_ content: String, _ token: TemplateToken) throws(Diagnostic) -> TagExpression {
        switch TagExpression.parse(content) {
        case .success(let expression): return expression
        case .failure(let problem):
            throw Diagnostic.error(problem.code, problem.arguments, at: SourceLocation(file: file, line: token.line, column: token.column))
        }
    }
}
