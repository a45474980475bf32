import VitrineContent

/// What a variable or section tag names: a dotted path (`site.title`, `.` for the top of
/// the stack), optionally inside the one transform templates use, `empty(...)`.
struct TagExpression: Equatable {
    /// The path's parts; empty for `.`.
    let path: [String]
    /// `empty(x)`: true when x is null, false, empty text or an empty list.
    let testsEmptiness: Bool
    /// As written, for messages.
    let text: String

    /// Why a tag's content is no valid expression.
    struct Problem: Error {
        let code: DiagnosticCode
        let arguments: [String: DiagnosticText]
    }

    static func parse(_ content: String) -> Result<TagExpression, Problem> {
        if let open = content.firstIndex(of: "("), content.hasSuffix(")") {
            let transform = String(content[..<open])
            guard transform == "empty" else {
                return .failure(Problem(code: .unknownTransform, arguments: ["transform": .value(transform), "tag": .value(content)]))
            }
            let argument = String(content[content.index(after: open)..<content.index(before: content.endIndex)])
            return parsePath(argument).map { TagExpression(path: $0, testsEmptiness: true, text: content) }
        }
        return parsePath(content).map { TagExpression(path: $0, testsEmptiness: false, text: content) }
    }

    private static func parsePath(_ text: String) -> Result<[String], Problem> {
        if text == "." { return .success([]) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !text.isEmpty, parts.allSatisfy({ !$0.isEmpty && !$0.contains("(") && !$0.contains(")") }) else {
            return .failure(Problem(code: .invalidTagName, arguments: ["name": .value(text)]))
        }
        return .success(parts)
    }
}
