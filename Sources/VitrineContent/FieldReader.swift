import Yams

/// Reads the fields of one YAML mapping, collecting every problem instead of stopping at the first.
/// Tracks which keys were read, so the ones nobody asked for can be reported as unknown.
struct FieldReader {
    let source: YAMLSource
    /// The mapping's pairs as three arrays: looking a key up walks only the names, where
    /// walking tuples copied (retained and released) both nodes of every pair on the way,
    /// 5 % of a `vitrine check`.
    private let keys: [String]
    private let keyNodes: [Node]
    private let values: [Node]
    let location: SourceLocation
    var diagnostics: [Diagnostic] = []
    /// Every key asked for (the allowed names, for "did you mean"), and which pairs were read:
    /// an array and flags rather than a set, as hashing each key was 3 % of a `vitrine check`.
    private var asked: [String] = []
    private var pairRead: [Bool] = []

    /// `what` names the mapping in messages ("front matter", "a figure").
    init?(_ node: Node?, source: YAMLSource, what: @autoclosure () -> DiagnosticText, at fallback: SourceLocation, diagnostics: inout [Diagnostic]) {
        self.source = source
        guard let node, !node.isNull else {
            self.location = fallback
            (keys, keyNodes, values) = ([], [], [])
            return
        }
        guard case .mapping(let mapping) = node else {
            diagnostics.append(.error(.notAMapping, ["what": what(), "found": describe(node)], at: source.location(of: node)))
            return nil
        }
        location = source.location(of: node)
        var keys: [String] = [], keyNodes: [Node] = [], values: [Node] = []
        keys.reserveCapacity(mapping.count)
        keyNodes.reserveCapacity(mapping.count)
        values.reserveCapacity(mapping.count)
        var seen = SeenNames()
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                diagnostics.append(.error(.fieldNameNotText, ["found": describe(key)], at: source.location(of: key)))
                continue
            }
            if !seen.insert(scalar.string, among: keys) {
                diagnostics.append(.error(.duplicateField, ["field": .value(scalar.string)], at: source.location(of: key)))
                continue
            }
            keys.append(scalar.string)
            keyNodes.append(key)
            values.append(value)
        }
        (self.keys, self.keyNodes, self.values) = (keys, keyNodes, values)
        pairRead = Array(repeating: false, count: keys.count)
    }

    // MARK: Access

    /// The value of `key`, or nil when absent or null. Marks the key as read.
    mutating func node(_ key: String) -> Node? {
        guard let index = markRead(key) else { return nil }
        let value = values[index]
        return value.isNull ? nil : value
    }

    /// True when the key is written, even with a null value.
    mutating func has(_ key: String) -> Bool {
        markRead(key) != nil
    }

    func location(of key: String) -> SourceLocation {
        guard let index = self.index(of: key) else { return location }
        return source.location(of: values[index])
    }

    private func index(of key: String) -> Int? {
        keys.firstIndex(of: key)
    }

    private mutating func markRead(_ key: String) -> Int? {
        asked.append(key)
        guard let index = index(of: key) else { return nil }
        pairRead[index] = true
        return index
    }

    mutating func missing(_ key: String, hint: DiagnosticText? = nil) {
        diagnostics.append(.error(.missingField, ["field": .value(key)], at: location, hint: hint))
    }

    /// `expected` is a key of the catalogs' `expected.*` fragments ("a list", "a whole number").
    mutating func typeError(_ key: String, expected: String, found node: Node, hint: DiagnosticText? = nil) {
        diagnostics.append(.error(.wrongType, ["field": .value(key), "expected": .phrase("expected.\(expected)"),
                                               "found": describe(node)],
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
            diagnostics.append(.error(.emptyField, ["field": .value(key)], at: source.location(of: value)))
            return nil
        }
        return text
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        guard let bool = value.plainBool else {
            typeError(key, expected: "bool", found: value)
            return nil
        }
        return bool
    }

    mutating func integer(_ key: String) -> Int? {
        guard let value = node(key) else { return nil }
        guard value.scalar != nil, let int = value.int else {
            typeError(key, expected: "whole-number", found: value)
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
            typeError(key, expected: "date", found: value)
            return nil
        }
        guard let date = ContentDate(parsing: scalar.string) else {
            diagnostics.append(.error(.invalidDate, ["date": .value(scalar.string), "field": .value(key)],
                                      at: source.location(of: value), hint: .phrase("write-date")))
            return nil
        }
        return date
    }

    /// A page: a whole number or a range like "12-14".
    mutating func page(_ key: String) -> String? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value else {
            typeError(key, expected: "page", found: value)
            return nil
        }
        let text = scalar.string.trimmedSpaces
        let parts: [String]
        if let ascii = Self.asciiPageParts(text) {
            parts = ascii
        } else {
            parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let valid = (1...2).contains(parts.count)
                && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
            guard valid else {
                typeError(key, expected: "page-example", found: value)
                return nil
            }
        }
        if parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]), first > last {
            diagnostics.append(.error(.backwardPageRange, ["range": .value(text)], at: source.location(of: value),
                                      hint: .phrase("first-page-first", ["range": .value("\(parts[1])-\(parts[0])")])))
            return nil
        }
        return parts.joined(separator: "-")
    }

    /// `12` or `12-14` as nearly always written, split on bytes (Foundation's trimming and the
    /// Character tests of the general path were 2 % of a check); nil otherwise.
    static func asciiPageParts(_ text: String) -> [String]? {
        let bytes = text.utf8
        guard let dash = bytes.firstIndex(of: 0x2D) else {
            return !bytes.isEmpty && bytes.allSatisfy { (0x30...0x39).contains($0) } ? [text] : nil
        }
        let first = bytes[..<dash], last = bytes[bytes.index(after: dash)...]
        guard !first.isEmpty, !last.isEmpty, first.allSatisfy({ (0x30...0x39).contains($0) }),
              last.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return [String(text[..<dash]), String(text[bytes.index(after: dash)...])]
    }

    /// A list of scalars, each with its location. A single scalar is not accepted as a list.
    mutating func texts(_ key: String, required: Bool = false) -> [(text: String, location: SourceLocation)]? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .sequence(let sequence) = value else {
            typeError(key, expected: "list", found: value,
                      hint: .phrase("write-as-list", ["value": .value(value.scalar?.string ?? "…")]))
            return nil
        }
        guard withinBounds(sequence, key) else { return nil }
        var result: [(String, SourceLocation)] = []
        for element in sequence {
            guard case .scalar(let scalar) = element, !element.isNull else {
                diagnostics.append(.error(.entryNotText, ["field": .value(key), "found": describe(element)],
                                          at: source.location(of: element)))
                continue
            }
            result.append((scalar.string.trimmedSpaces, source.location(of: element)))
        }
        return result
    }

    /// A list of texts with each text once: a repeat is dropped with one warning per repeated
    /// text, at its first repeat, so a list that names one term a million times costs one entry
    /// and one line of output, not a million.
    mutating func distinctTexts(_ key: String, required: Bool = false) -> [(text: String, location: SourceLocation)]? {
        guard let entries = texts(key, required: required) else { return nil }
        if Self.allDistinct(entries) { return entries }
        var counts: [String: Int] = [:]
        var firstRepeat: [String: SourceLocation] = [:]
        var distinct: [(text: String, location: SourceLocation)] = []
        for entry in entries {
            counts[entry.text, default: 0] += 1
            if counts[entry.text] == 1 { distinct.append(entry) } else if firstRepeat[entry.text] == nil {
                firstRepeat[entry.text] = entry.location
            }
        }
        for entry in distinct {
            guard let location = firstRepeat[entry.text], let count = counts[entry.text] else { continue }
            diagnostics.append(.warning(.repeatedEntry, ["entry": .value(entry.text), "count": .value(String(count)),
                                                         "field": .value(key)], at: location))
        }
        return distinct
    }

    /// Short lists, nearly always without repeats, compared pairwise: counting them in two
    /// dictionaries hashed every entry twice.
    private static func allDistinct(_ entries: [(text: String, location: SourceLocation)]) -> Bool {
        guard entries.count <= 16 else { return false }
        for index in entries.indices.dropFirst() {
            for earlier in 0..<index where entries[earlier].text == entries[index].text { return false }
        }
        return true
    }

    /// A list of nodes (for lists of mappings).
    mutating func list(_ key: String) -> [Node]? {
        guard let value = node(key) else { return nil }
        guard case .sequence(let sequence) = value else {
            typeError(key, expected: "list", found: value)
            return nil
        }
        guard withinBounds(sequence, key) else { return nil }
        return Array(sequence)
    }

    /// No list in the content format needs more entries than this; a longer one is a generated
    /// file gone wrong, and reading it would cost time and memory per entry (a million unknown
    /// terms would be a million diagnostics), so it is one error and the field is left out.
    static let maximumEntries = 10_000

    private mutating func withinBounds(_ sequence: Node.Sequence, _ key: String) -> Bool {
        guard sequence.count > Self.maximumEntries else { return true }
        diagnostics.append(.error(.tooManyEntries, ["field": .value(key), "count": .value(String(sequence.count)),
                                                    "maximum": .value(String(Self.maximumEntries))],
                                  at: location(of: key)))
        return false
    }

    /// Reports every key that no one read, with the closest allowed name as a hint.
    /// `context` names the mapping ("a card", "a figure").
    mutating func reportUnknownFields(_ context: @autoclosure () -> DiagnosticText) {
        for index in keys.indices where !pairRead[index] {
            diagnostics.append(.error(.unknownField, ["field": .value(keys[index]), "context": context()],
                                      at: source.location(of: keyNodes[index]),
                                      hint: .didYouMean(Suggestion.closest(to: keys[index], among: Set(asked)))))
        }
    }
}
