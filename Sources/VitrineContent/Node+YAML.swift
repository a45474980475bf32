import Yams

/// How a YAML node is described in messages: "'abc'", "a list", "a mapping".
func describe(_ node: Node) -> DiagnosticText {
    switch node {
    case .scalar(let scalar):
        let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
        return .phrase("found-text", ["text": .value(text)])
    case .mapping: return .phrase("found-mapping")
    case .sequence: return .phrase("found-list")
    case .alias: return .phrase("found-alias")
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
