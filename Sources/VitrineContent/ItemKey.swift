/// Identifies an item: its type and its id.
public struct ItemKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var type: ItemType
    public var id: String

    public init(_ type: ItemType, _ id: String) {
        self.type = type
        self.id = id
    }

    public var description: String { "\(type.rawValue):\(id)" }

    public static func < (a: ItemKey, b: ItemKey) -> Bool { a.type != b.type ? a.type < b.type : a.id < b.id }
}
