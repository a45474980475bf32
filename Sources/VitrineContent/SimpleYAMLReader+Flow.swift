import Yams

/// Flow collections on one line whose entries are scalars: `[a, "b"]`, `{key: value, other: 'v'}`.
/// Nested collections, empty entries, a trailing comma and anything that runs on to the next
/// line are outside the subset.
extension SimpleYAMLReader {
    /// `[` at `open`; returns the sequence and the offset after its `]`.
    mutating func flowSequence(line: Int, at open: Int) throws(NotMine) -> (Node, Int) {
        let end = lines[line].end
        let mark = mark(line, open)
        var entries: [Node] = []
        var index = skipSpaces(from: open + 1, to: end)
        if index < end, bytes[index] != 0x5D {
            while true {
                let (entry, after) = try flowScalar(line: line, at: index)
                entries.append(entry)
                index = skipSpaces(from: after, to: end)
                guard index < end, bytes[index] == 0x2C else { break }
                index = skipSpaces(from: index + 1, to: end)
            }
        }
        guard index < end, bytes[index] == 0x5D else { throw NotMine() }
        return (.sequence(Node.Sequence(entries, Tag(.implicit, resolver, constructor), .any, mark)), index + 1)
    }

    /// `{` at `open`; returns the mapping and the offset after its `}`.
    mutating func flowMapping(line: Int, at open: Int) throws(NotMine) -> (Node, Int) {
        let end = lines[line].end
        let mark = mark(line, open)
        var pairs: [(Node, Node)] = []
        var keys: [String] = []
        var index = skipSpaces(from: open + 1, to: end)
        if index < end, bytes[index] != 0x7D {
            while true {
                // A plain key, then `: ` and a value.
                let run = try plainRun(from: index, to: end, inFlow: true)
                guard run.atValueIndicator, !isMergeKey(from: index, to: run.end) else { throw NotMine() }
                let key = keyScalar(from: index, to: run.end, line: line)
                keys.append(key.string)
                let valueStart = skipSpaces(from: run.stop + 1, to: end)
                guard valueStart < end, bytes[valueStart] != 0x2C, bytes[valueStart] != 0x7D else { throw NotMine() }
                let (value, after) = try flowScalar(line: line, at: valueStart)
                pairs.append((.scalar(key), value))
                index = skipSpaces(from: after, to: end)
                guard index < end, bytes[index] == 0x2C else { break }
                index = skipSpaces(from: index + 1, to: end)
            }
        }
        guard index < end, bytes[index] == 0x7D, !Self.hasDuplicate(keys) else { throw NotMine() }
        return (.mapping(Node.Mapping(pairs, Tag(.implicit, resolver, constructor), .any, mark)), index + 1)
    }

    /// A scalar inside a flow collection; returns it and the offset after it.
    private mutating func flowScalar(line: Int, at start: Int) throws(NotMine) -> (Node, Int) {
        let end = lines[line].end
        guard start < end else { throw NotMine() }
        switch bytes[start] {
        case 0x22: return try doubleQuoted(line: line, at: start)
        case 0x27: return try singleQuoted(line: line, at: start)
        default:
            // plainRun refuses `[`, `{`, `,` and the other indicators first.
            let run = try plainRun(from: start, to: end, inFlow: true)
            // `[a: b]` is a mapping in a sequence; a comment or the line's end leaves the line.
            guard !run.atValueIndicator, run.stop < end, bytes[run.stop] != 0x23 else { throw NotMine() }
            return (.scalar(scalar(from: start, to: run.end, line: line)), run.stop)
        }
    }
}
