import Yams

/// Reading numbers, with help for the Dutch way of writing them (16.073 and 48,6).
enum NumberReading {
    static func read(_ node: Node, field: String, source: YAMLSource, diagnostics: inout [Diagnostic]) -> Double? {
        guard case .scalar(let scalar) = node else {
            diagnostics.append(.error(.notANumber, ["field": .value(field), "found": describe(node)], at: source.location(of: node)))
            return nil
        }
        let text = scalar.string
        guard scalar.style == .plain, let value = node.float, value.isFinite else {
            let dutch = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            let hint: DiagnosticText? = Double(dutch) != nil && text.contains(",")
                ? .phrase("write-number", ["number": .value(dutch)])
                : nil
            diagnostics.append(.error(.notANumber, ["field": .value(field), "found": .phrase("found-text", ["text": .value(text)])],
                                      at: source.location(of: node), hint: hint))
            return nil
        }
        if looksLikeThousandsSeparator(text) {
            diagnostics.append(.warning(
                .decimalPoint, ["field": .value(field), "number": .value(text)], at: source.location(of: node),
                hint: .phrase("write-whole-number", ["whole": .value(text.replacingOccurrences(of: ".", with: ""))])))
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
