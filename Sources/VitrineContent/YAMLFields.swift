import Yams

/// A YAML text from a content file, with what is needed to turn its marks into file positions.
struct YAMLSource {
    let path: String
    /// The file line on which the YAML text's first line stands.
    let firstLine: Int

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: path, line: firstLine, column: 1) }
        return SourceLocation(file: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    func location(of node: Node) -> SourceLocation { location(node.mark) }

    /// Parses `yaml` and opens its root mapping for reading; nil (with the reason in
    /// `diagnostics`) when the YAML is broken or its root is not a mapping.
    func fields(of yaml: String, what: String, diagnostics: inout [Diagnostic]) -> FieldReader? {
        switch compose(yaml) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let root):
            return FieldReader(root, source: self, what: what, at: SourceLocation(file: path), diagnostics: &diagnostics)
        }
    }

    /// Parses `yaml` into a node tree (nil for an empty document), or the syntax error.
    func compose(_ yaml: String) -> Result<Node?, Diagnostic> {
        do {
            // No tag resolution at load: `PlainScalar` reads a plain scalar when a field asks.
            return .success(try Yams.compose(yaml: yaml, .basic, .default, .utf8))
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _),
                 .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                let detail = context.map { " \($0.text)" } ?? ""
                return .failure(.error("invalid YAML: \(problem)\(detail)", at: location(mark)))
            case .reader(let problem, _, _, _):
                return .failure(.error("invalid YAML: \(problem)", at: location(nil)))
            default:
                return .failure(.error("invalid YAML: \(error)", at: location(nil)))
            }
        } catch {
            return .failure(.error("invalid YAML: \(error)", at: location(nil)))
        }
    }
}

/// How a YAML node is described in messages: "text 'abc'", "a list", "a mapping".
func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar):
        let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
        return "'\(text)'"
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
}

extension Node {
    var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isPlain && PlainScalar.isNull(scalar.string) }
        return false
    }

    /// A plain scalar that YAML reads as true or false.
    var plainBool: Bool? {
        guard case .scalar(let scalar) = self, scalar.isPlain else { return nil }
        return PlainScalar.bool(scalar.string)
    }
}

extension Node.Scalar {
    /// Written without quotes (so it may mean a number, a bool or null).
    var isPlain: Bool { style == .plain || style == .any }
}

/// Reads the fields of one YAML mapping, collecting every problem instead of stopping at the first.
/// Tracks which keys were read, so the ones nobody asked for can be reported as unknown.
struct FieldReader {
    let source: YAMLSource
    let pairs: [(key: String, keyNode: Node, value: Node)]
    let location: SourceLocation
    var diagnostics: [Diagnostic] = []
    private var read: Set<String> = []

    /// `what` names the mapping in messages ("front matter", "a figure").
    init?(_ node: Node?, source: YAMLSource, what: String, at fallback: SourceLocation, diagnostics: inout [Diagnostic]) {
        self.source = source
        guard let node, !node.isNull else {
            self.location = fallback
            self.pairs = []
            return
        }
        guard case .mapping(let mapping) = node else {
            diagnostics.append(.error("\(what) must be a mapping of fields, found \(describe(node))",
                                      at: source.location(of: node)))
            return nil
        }
        location = source.location(of: node)
        var pairs: [(String, Node, Node)] = []
        var seen: Set<String> = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                diagnostics.append(.error("a field name must be text, found \(describe(key))", at: source.location(of: key)))
                continue
            }
            if !seen.insert(scalar.string).inserted {
                diagnostics.append(.error("duplicate field '\(scalar.string)'", at: source.location(of: key)))
                continue
            }
            pairs.append((scalar.string, key, value))
        }
        self.pairs = pairs
    }

    // MARK: Access

    /// The value of `key`, or nil when absent or null. Marks the key as read.
    mutating func node(_ key: String) -> Node? {
        read.insert(key)
        guard let value = pairs.first(where: { $0.key == key })?.value, !value.isNull else { return nil }
        return value
    }

    /// True when the key is written, even with a null value.
    mutating func has(_ key: String) -> Bool {
        read.insert(key)
        return pairs.contains { $0.key == key }
    }

    func location(of key: String) -> SourceLocation {
        guard let pair = pairs.first(where: { $0.key == key }) else { return location }
        return source.location(of: pair.value)
    }

    mutating func missing(_ key: String, hint: String? = nil) {
        diagnostics.append(.error("missing required field '\(key)'", at: location, hint: hint))
    }

    mutating func typeError(_ key: String, expected: String, found node: Node, hint: String? = nil) {
        diagnostics.append(.error("'\(key)' must be \(expected), found \(describe(node))",
                                  at: source.location(of: node), hint: hint))
    }

    // MARK: Typed fields

    mutating func text(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            typeError(key, expected: "text", found: value)
            return nil
        }
        let text = scalar.string.trimmed
        if required && text.isEmpty {
            diagnostics.append(.error("'\(key)' must not be empty", at: source.location(of: value)))
            return nil
        }
        return text
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        guard let bool = value.plainBool else {
            typeError(key, expected: "true or false", found: value)
            return nil
        }
        return bool
    }

    mutating func integer(_ key: String) -> Int? {
        guard let value = node(key) else { return nil }
        guard value.scalar != nil, let int = value.int else {
            typeError(key, expected: "a whole number", found: value)
            return nil
        }
        return int
    }

    /// A number: YAML's own float or int, finite. Explains Dutch notation when it is used.
    mutating func number(_ key: String, required: Bool = false) -> Double? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        return NumberReading.read(value, field: key, source: source, diagnostics: &diagnostics)
    }

    /// `YYYY-MM-DD`, an existing date.
    mutating func date(_ key: String, required: Bool = false) -> ContentDate? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            typeError(key, expected: "a date (YYYY-MM-DD, YYYY-MM or YYYY)", found: value)
            return nil
        }
        guard let date = ContentDate(parsing: scalar.string) else {
            diagnostics.append(.error("invalid date '\(scalar.string)' in '\(key)'", at: source.location(of: value),
                                      hint: "write an existing date as YYYY-MM-DD, e.g. 2023-06-07, or YYYY-MM or YYYY when the source gives no more"))
            return nil
        }
        return date
    }

    /// A page: a whole number or a range like "12-14".
    mutating func page(_ key: String) -> String? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value else {
            typeError(key, expected: "a page number or range", found: value)
            return nil
        }
        let text = scalar.string.trimmedSpaces
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let valid = (1...2).contains(parts.count)
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard valid else {
            typeError(key, expected: "a page number or range such as 12 or \"12-14\"", found: value)
            return nil
        }
        return parts.joined(separator: "-")
    }

    /// A list of scalars, each with its location. A single scalar is not accepted as a list.
    mutating func texts(_ key: String, required: Bool = false) -> [(text: String, location: SourceLocation)]? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .sequence(let sequence) = value else {
            typeError(key, expected: "a list", found: value, hint: "write [\(value.scalar?.string ?? "…")]")
            return nil
        }
        var result: [(String, SourceLocation)] = []
        for element in sequence {
            guard case .scalar(let scalar) = element, !element.isNull else {
                diagnostics.append(.error("entries of '\(key)' must be text, found \(describe(element))",
                                          at: source.location(of: element)))
                continue
            }
            result.append((scalar.string.trimmedSpaces, source.location(of: element)))
        }
        return result
    }

    /// A list of nodes (for lists of mappings).
    mutating func list(_ key: String) -> [Node]? {
        guard let value = node(key) else { return nil }
        guard case .sequence(let sequence) = value else {
            typeError(key, expected: "a list", found: value)
            return nil
        }
        return Array(sequence)
    }

    /// Reports every key that no one read, with the closest allowed name as a hint.
    mutating func reportUnknownFields(_ context: String) {
        for pair in pairs where !read.contains(pair.key) {
            let hint = Suggestion.hint(for: pair.key, among: read)
            diagnostics.append(.error("unknown field '\(pair.key)' in \(context)",
                                      at: source.location(of: pair.keyNode), hint: hint))
        }
    }
}

/// Reading numbers, with help for the Dutch way of writing them (16.073 and 48,6).
enum NumberReading {
    static func read(_ node: Node, field: String, source: YAMLSource, diagnostics: inout [Diagnostic]) -> Double? {
        guard case .scalar(let scalar) = node else {
            diagnostics.append(.error("'\(field)' must be a number, found \(describe(node))", at: source.location(of: node)))
            return nil
        }
        let text = scalar.string
        guard scalar.style == .plain, let value = node.float, value.isFinite else {
            let dutch = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            let hint = Double(dutch) != nil && text.contains(",")
                ? "write numbers with a decimal point and no thousands separator: \(dutch)"
                : nil
            diagnostics.append(.error("'\(field)' must be a number, found '\(text)'", at: source.location(of: node), hint: hint))
            return nil
        }
        if looksLikeThousandsSeparator(text) {
            diagnostics.append(.warning(
                "'\(field)' is \(text), read as a decimal number", at: source.location(of: node),
                hint: "in YAML the point is a decimal point; write \(text.replacingOccurrences(of: ".", with: "")) for a whole number"))
        }
        return value
    }

    /// "16.073" or "1.173.443": digits grouped by three after points, as Dutch thousands.
    static func looksLikeThousandsSeparator(_ text: String) -> Bool {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
            && groups.dropFirst().allSatisfy { $0.count == 3 }
            && (groups.count > 2 || first != "0")
    }
}
