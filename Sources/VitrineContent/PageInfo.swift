public struct PageInfo: Equatable, Sendable {
    public var menu: Bool
    public var weight: Int
}
