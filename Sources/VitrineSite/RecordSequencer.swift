/// Puts records that arrive from many renderer threads back into page order, so Pagefind
/// numbers the pages the same way on every build (its index files depend on that order).
/// A record waits only for the positions before it; a position nobody fills holds the rest
/// back until `drain()`, it loses nothing.
struct RecordSequencer {
    private var next = 0
    private var waiting: [Int: [UInt8]?] = [:]

    /// Files the payload (or nil: this position has no record) and returns the payloads that
    /// are now due, in order. A position already used is ignored.
    mutating func place(_ payload: [UInt8]?, at position: Int) -> [[UInt8]] {
        guard position >= next, waiting.index(forKey: position) == nil else { return [] }
        waiting[position] = .some(payload)
        var due: [[UInt8]] = []
        while let entry = waiting.removeValue(forKey: next) {
            if let payload = entry { due.append(payload) }
            next += 1
        }
        return due
    }

    /// Everything still waiting, in position order.
    mutating func drain() -> [[UInt8]] {
        let rest = waiting.sorted { $0.key < $1.key }.compactMap(\.value)
        waiting.removeAll()
        return rest
    }
}
