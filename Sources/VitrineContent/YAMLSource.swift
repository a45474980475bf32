import Yams

/// A YAML text from a content file, with what is needed to turn its marks into file positions.
struct YAMLSource {
    let path: String
    /// The file line on which the YAML text's first line stands.
    let firstLine: Int
    /// Where each of libyaml's lines starts (lines after the first, columns before it), when
    /// the text has characters that YAML 1.1 ends a line at and the file does not: NEL, LS and
    /// PS (U+0085, U+2028, U+2029; found by fuzzing). Empty for every other text.
    private var yamlLines: [(line: Int, column: Int)] = []

    init(path: String, firstLine: Int, text: String = "") {
        self.path = path
        self.firstLine = firstLine
        // Their UTF-8 starts with 0xC2 or 0xE2: most texts are passed over on bytes alone.
        guard text.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 }),
              text.unicodeScalars.contains(where: Self.isYAMLOnlyBreak) else { return }
        var line = 0, column = 0
        yamlLines = [(0, 0)]
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 0
                yamlLines.append((line, 0))
            } else {
                column += 1
                if Self.isYAMLOnlyBreak(scalar) { yamlLines.append((line, column)) }
            }
        }
    }

    private static func isYAMLOnlyBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: path, line: firstLine, column: 1) }
        if mark.line >= 1, mark.line <= yamlLines.count {
            let start = yamlLines[mark.line - 1]
            return SourceLocation(file: path, line: firstLine + start.line, column: start.column + mark.column)
        }
        return SourceLocation(file: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    func location(of node: Node) -> SourceLocation { location(node.mark) }

    /// libyaml puts an error found at the end of a text that does not end in a line end on the
    /// line after it, which the file does not have (found by fuzzing): that is the text's end.
    private func errorLocation(_ mark: Mark?, in yaml: String) -> SourceLocation {
        let location = location(mark)
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let lastLine = firstLine + lines.count - 1
        guard location.line > lastLine else { return location }
        return SourceLocation(file: path, line: lastLine, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
    }

    /// Parses `yaml` and opens its root mapping for reading; nil (with the reason in
    /// `diagnostics`) when the YAML is broken or its root is not a mapping.
    func fields(of yaml: String, what: DiagnosticText, diagnostics: inout [Diagnostic]) -> FieldReader? {
        switch compose(yaml) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let root):
            return FieldReader(root, source: self, what: what, at: SourceLocation(file: path), diagnostics: &diagnostics)
        }
    }

    /// No tag resolution at load: `PlainScalar` reads a plain scalar when a field asks.
    static var resolver: Resolver { .basic }
    /// Made once: Yams's `Constructor.default` builds its tables anew on every call (0.5 % of a
    /// build's samples). Its tables are only read, so sharing it between threads is safe.
    nonisolated(unsafe) static let constructor: Constructor = .default

    /// Parses `yaml` into a node tree (nil for an empty document), or the syntax error. The
    /// subset that content is written in is read by `SimpleYAMLReader`; the rest, errors
    /// among it, by Yams, into the same tree.
    func compose(_ yaml: String) -> Result<Node?, Diagnostic> {
        // The reader counts only LF as a line end; with libyaml's other ones, Yams reads it all.
        if yamlLines.isEmpty, case .document(let root) = SimpleYAMLReader.read(yaml, resolver: Self.resolver, constructor: Self.constructor) {
            return .success(root)
        }
        return composeWithYams(yaml)
    }

    func composeWithYams(_ yaml: String) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: yaml, Self.resolver, Self.constructor, .utf8))
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _),
                 .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                let detail = context.map { " \($0.text)" } ?? ""
                return .failure(.error(.invalidYAML, ["problem": .value("\(problem)\(detail)")], at: errorLocation(mark, in: yaml)))
            case .reader(let problem, _, _, _):
                return .failure(.error(.invalidYAML, ["problem": .value(problem)], at: location(nil)))
            default:
                return .failure(.error(.invalidYAML, ["problem": .value("\(error)")], at: location(nil)))
            }
        } catch {
            return .failure(.error(.invalidYAML, ["problem": .value("\(error)")], at: location(nil)))
        }
    }
}
