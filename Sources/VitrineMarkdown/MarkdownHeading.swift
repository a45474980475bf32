import CCmark
import Foundation

/// A heading with its level and flattened text.
public struct MarkdownHeading: Hashable, Sendable {
    public var level: Int
    public var text: String
    public var position: MarkdownPosition
}
