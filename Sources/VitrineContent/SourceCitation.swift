/// Where in its publication an item's content is found.
public struct SourceCitation: Hashable, Sendable {
    public var section: String?
    /// A page number or a range such as "12-14".
    public var page: String?
}
