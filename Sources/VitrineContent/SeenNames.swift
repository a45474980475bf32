/// The field names of one mapping seen so far, to find a name written twice. Mappings in
/// content hold a handful of fields, where comparing with the earlier names costs less than
/// hashing each one (hashing was 3 % of a `vitrine check`); a long one gets a set.
struct SeenNames {
    private static let linearLimit = 16
    private var set: Set<String>?

    /// False when `name` was seen before; `earlier` holds the names seen, in order.
    mutating func insert(_ name: String, among earlier: [String]) -> Bool {
        if set == nil, earlier.count < Self.linearLimit { return !earlier.contains(name) }
        if set == nil { set = Set(earlier) }
        return set?.insert(name).inserted ?? true
    }
}
