/// Long lists are split into pages of `size` items: the first at the list's own path, the
/// others at `<path>pagina/<n>/`, so no page grows with the content.
public enum Pagination {
    public static let size = 48
    public static let segment = "pagina"

    /// How many pages `count` items take (at least one, so an empty list still has its page).
    public static func pageCount(_ count: Int) -> Int { max(1, (count + size - 1) / size) }

    /// The path of page `number` (1-based) of the list at `base` (which ends in `/`).
    public static func path(_ base: String, page number: Int) -> String {
        number <= 1 ? base : "\(base)\(segment)/\(number)/"
    }

    /// The items of page `number`.
    static func slice<T>(_ items: [T], page number: Int) -> ArraySlice<T> {
        let start = min(items.count, (number - 1) * size)
        return items[start..<min(items.count, start + size)]
    }

    /// The page numbers a pager shows: the first, the last, and two on each side of the
    /// current one; nil marks a gap. Every page stays reachable through the next links.
    static func window(current: Int, count: Int) -> [Int?] {
        var shown: [Int?] = []
        for number in 1...count where number == 1 || number == count || abs(number - current) <= 2 {
            if let last = shown.last ?? nil, number > last + 1 { shown.append(nil) }
            shown.append(number)
        }
        return shown
    }
}
