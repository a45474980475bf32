import CCmark
import Foundation

/// A position in Markdown source: 1-based line and column (columns count Unicode scalars).
public struct MarkdownPosition: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
