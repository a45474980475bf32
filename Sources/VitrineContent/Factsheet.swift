public struct Factsheet: Equatable, Sendable {
    public var subject: String?
    public var asOf: ContentDate?
    public var figures: [Figure]
    public var tables: [DataTable]
}
