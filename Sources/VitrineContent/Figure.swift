public struct Figure: Equatable, Sendable {
    public var label: String
    public var value: Double
    public var unit: String?
    public var period: String?
    public var area: String?
    public var note: String?
    public var page: String?
}
