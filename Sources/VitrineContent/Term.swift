import Yams

/// One term of a vocabulary.
public struct Term: Equatable, Sendable {
    public var id: String
    public var label: String
    /// Only kinds have a plural label.
    public var plural: String?
    public var description: String?
    public var location: SourceLocation
}
