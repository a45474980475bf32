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
        let message: String
        init(_ message: String) { self.message = message }
    }

    static func parse(_ content: String) -> Result<TagExpression, Problem> {
        if let open = content.firstIndex(of: "("), content.hasSuffix(")") {
            let transform = String(content[..<open])
            guard transform == "empty" else {
                return .failure(Problem("unknown transform '\(transform)' in '\(content)' (templates know only empty())"))
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
            return .failure(Problem("invalid name '\(text)'"))
        }
        return .success(parts)
    }
}
