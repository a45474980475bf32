/// A reference as written, with where it was written.
public struct Reference: Hashable, Sendable {
    public var target: ReferenceTarget
    public var location: SourceLocation

    public init(_ target: ReferenceTarget, at location: SourceLocation) {
        self.target = target
        self.location = location
    }
}
