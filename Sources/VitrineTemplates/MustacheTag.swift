import Foundation

/// A Mustache tag as written: its sigil (`#`, `^`, `/`, `>`, `<`, `$`, `!`, `&`, `{` ...),
/// its name and where it starts. Shared by the lint and by the template dependency graph.
public struct MustacheTag: Sendable {
    public var sigil: Character?
    public var name: String
    public var line: Int
    public var column: Int

    public static func scan(_ source: String) -> [MustacheTag] {
        var result: [MustacheTag] = []
        for (lineIndex, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                var inner = afterOpen[..<close.lowerBound]
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                rest = afterOpen[close.upperBound...]
                if inner.hasPrefix("{") && rest.hasPrefix("}") { rest = rest.dropFirst() }
                var sigil: Character?
                if let first = inner.first, "#^&{/!><$%=".contains(first) {
                    sigil = first
                    inner = inner.dropFirst()
                }
                result.append(MustacheTag(sigil: sigil, name: inner.trimmingCharacters(in: .whitespaces),
                                          line: lineIndex + 1, column: column))
            }
        }
        return result
    }
}
