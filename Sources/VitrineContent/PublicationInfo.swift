public struct PublicationInfo: Equatable, Sendable {
    public var subtitle: String?
    /// Empty when the report names no authors.
    public var authors: [String]
    /// Nil when the report does not name its publisher.
    public var publisher: String?
    public var place: String?
    public var commissioner: String?
    public var number: String?
    public var url: String?
    public var rights: String?
}
