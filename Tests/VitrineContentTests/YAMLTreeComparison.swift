import Yams
@testable import VitrineContent

/// Compares what `SimpleYAMLReader` makes of a text with what Yams makes of it, node for node:
/// kind, text, tag, style, mark, anchor.
enum YAMLTreeComparison {
    enum Outcome: Equatable {
        /// The reader took the text and its tree equals Yams's.
        case same
        /// The reader left the text to Yams.
        case notMine
        /// The reader took the text and answered something else than Yams: a defect.
        case different(String)
    }

    /// With the loader's resolver, through the loader's own call of Yams.
    static func compare(_ yaml: String) -> Outcome {
        guard case .document(let fast) = SimpleYAMLReader.read(yaml, resolver: YAMLSource.resolver,
                                                                constructor: YAMLSource.constructor) else { return .notMine }
        switch YAMLSource(path: "test.yml", firstLine: 1).composeWithYams(yaml) {
        case .failure(let diagnostic):
            return .different("Yams fails (\(diagnostic.message)) where the reader answers \(fast.map(render) ?? "nothing")")
        case .success(let yams):
            return difference(fast, yams, at: "root").map(Outcome.different) ?? .same
        }
    }

    /// With another resolver (its rules decide the keys' tags).
    static func compare(_ yaml: String, resolver: Resolver) -> Outcome {
        guard case .document(let fast) = SimpleYAMLReader.read(yaml, resolver: resolver, constructor: .default) else {
            return .notMine
        }
        guard let yams = try? Yams.compose(yaml: yaml, resolver, .default, .utf8) else { return .different("Yams fails") }
        return difference(fast, yams, at: "root").map(Outcome.different) ?? .same
    }

    /// The first difference between two trees, described with where it is.
    static func difference(_ fast: Node?, _ yams: Node?, at path: String) -> String? {
        switch (fast, yams) {
        case (nil, nil): return nil
        case (let fast?, nil): return "\(path): reader has \(render(fast)), Yams nothing"
        case (nil, let yams?): return "\(path): reader has nothing, Yams \(render(yams))"
        case (let fast?, let yams?):
            switch (fast, yams) {
            case (.scalar(let a), .scalar(let b)):
                if a.string != b.string { return "\(path): text \(a.string.debugDescription) vs \(b.string.debugDescription)" }
                if a.tag.rawValue != b.tag.rawValue { return "\(path): tag '\(a.tag)' vs '\(b.tag)'" }
                if a.style != b.style { return "\(path): style \(a.style) vs \(b.style)" }
                if a.anchor != nil || b.anchor != nil { return "\(path): anchors" }
                return markDifference(a.mark, b.mark, at: path)
            case (.sequence(let a), .sequence(let b)):
                if a.tag.rawValue != b.tag.rawValue { return "\(path): tag '\(a.tag)' vs '\(b.tag)'" }
                if a.style != b.style { return "\(path): style \(a.style) vs \(b.style)" }
                if let mark = markDifference(a.mark, b.mark, at: path) { return mark }
                if a.count != b.count { return "\(path): \(a.count) entries vs \(b.count)" }
                for (index, (x, y)) in zip(a, b).enumerated() {
                    if let difference = difference(x, y, at: "\(path)[\(index)]") { return difference }
                }
                return nil
            case (.mapping(let a), .mapping(let b)):
                if a.tag.rawValue != b.tag.rawValue { return "\(path): tag '\(a.tag)' vs '\(b.tag)'" }
                if a.style != b.style { return "\(path): style \(a.style) vs \(b.style)" }
                if let mark = markDifference(a.mark, b.mark, at: path) { return mark }
                if a.count != b.count { return "\(path): \(a.count) pairs vs \(b.count)" }
                for (index, (x, y)) in zip(a, b).enumerated() {
                    if let difference = difference(x.key, y.key, at: "\(path).key\(index)") { return difference }
                    if let difference = difference(x.value, y.value, at: "\(path).\(x.key.string ?? "?")") { return difference }
                }
                return nil
            default:
                return "\(path): reader has \(render(fast)), Yams \(render(yams))"
            }
        }
    }

    private static func markDifference(_ a: Mark?, _ b: Mark?, at path: String) -> String? {
        if a?.line == b?.line, a?.column == b?.column { return nil }
        return "\(path): mark \(a.map(\.description) ?? "none") vs \(b.map(\.description) ?? "none")"
    }

    private static func render(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "scalar \(scalar.string.debugDescription)"
        case .sequence(let sequence): "a sequence of \(sequence.count)"
        case .mapping(let mapping): "a mapping of \(mapping.count)"
        case .alias: "an alias"
        }
    }
}
