/// A table cell: text or a number.
public enum Cell: Hashable, Sendable {
    case text(String)
    case number(Double)

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}
