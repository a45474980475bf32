import CCmark
import Foundation

/// A link or image found in a document, with where its destination is written.
public struct MarkdownLink: Hashable, Sendable {
    public enum Kind: Sendable { case link, image }
    public var kind: Kind
    public var destination: String
    /// The link's visible text, flattened.
    public var text: String
    /// True for `<scheme:rest>` autolinks, whose text is the destination itself.
    public var isAutolink: Bool
    /// Position of the destination text in the source (or of the enclosing block when the
    /// destination cannot be found verbatim, as with escaped or entity-encoded destinations).
    public var position: MarkdownPosition
}
