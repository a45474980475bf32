import Yams

/// Reads the small subset of YAML that content files are written in straight from their UTF-8
/// bytes, into the same `Node` tree that `Yams.compose` makes of them: the same values, styles,
/// tags and marks, so every diagnostic reads the same. Yams runs libyaml's event machine and
/// makes an object per event and per node; on 10,000 cards that was a third of `vitrine check`.
///
/// The subset: block mappings with plain keys; block sequences, indented or not, whose entries
/// are scalars, flow collections or mappings (`- key: value`); flow sequences and flow mappings
/// of scalars on one line; plain, single-quoted and double-quoted scalars on one line; comments
/// and blank lines. Everything else (anchors, aliases, tags, block scalars, multi-line scalars
/// and flow collections, tabs, quoted keys, empty entries, duplicate keys, odd indentation ...)
/// and anything it is not sure of is `.notMine`, and the caller asks Yams: a wrong tree would be
/// a defect, a fallback only costs time.
struct SimpleYAMLReader {
    enum Answer {
        /// The document's root; nil when the text holds no node (only comments or nothing).
        case document(Node?)
        /// Outside the subset: read it with Yams.
        case notMine
    }

    /// Thrown wherever the text leaves the subset.
    struct NotMine: Error {}

    /// A line that holds more than spaces and a comment.
    struct Line {
        /// 0-based line number in the text.
        let number: Int
        /// Byte offsets of the line's start and of its end (its newline or the end of the text).
        let start: Int
        let end: Int
        /// Leading spaces.
        let indent: Int
    }

    /// Reads `yaml`; the tags of its nodes carry `resolver` and `constructor`, as Yams's would.
    static func read(_ yaml: String, resolver: Resolver, constructor: Constructor) -> Answer {
        guard Mark.canBeMade else { return .notMine }
        var reader = SimpleYAMLReader(bytes: Array(yaml.utf8), resolver: resolver, constructor: constructor)
        do throws(NotMine) {
            return .document(try reader.document())
        } catch {
            return .notMine
        }
    }

    let bytes: [UInt8]
    let resolver: Resolver
    let constructor: Constructor
    /// One `str` tag for every key and quoted scalar of the text: a tag object per node was a
    /// quarter of the reader's allocations. Yams rewrites a tag's name in place only while it
    /// is `implicit`, so a `str` tag never changes and can be shared; plain scalars keep a tag
    /// of their own, left implicit as libyaml leaves it.
    let stringTag: Tag
    var lines: [Line] = []
    /// The first content line that no node read so far has taken.
    var cursor = 0
    /// Nesting of collections, bounded so that no input runs the stack out.
    private var depth = 0
    /// The last column worked out, so the marks along one long line cost one pass over it.
    private var columnCache = (line: -1, offset: 0, column: 1)

    static let maximumDepth = 32

    private init(bytes: [UInt8], resolver: Resolver, constructor: Constructor) {
        self.bytes = bytes
        self.resolver = resolver
        self.constructor = constructor
        stringTag = Tag(.str, resolver, constructor)
    }

    private mutating func document() throws(NotMine) -> Node? {
        try splitLines()
        guard let first = lines.first else { return nil }
        guard first.indent == 0 else { throw NotMine() }
        let root = try blockMapping(line: 0, keyAt: first.start, indent: 0)
        guard cursor == lines.count else { throw NotMine() }
        return root
    }

    // MARK: Lines

    /// Finds the content lines, and leaves on any character libyaml treats in a way the subset
    /// does not: control characters (tabs among them), line breaks other than LF (NEL, LS, PS),
    /// byte order marks and non-characters, directives and document markers.
    private mutating func splitLines() throws(NotMine) {
        var number = 0
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                try addLine(number: number, start: start, end: index)
                number += 1
                start = index + 1
            } else if byte < 0x20 || byte == 0x7F {
                throw NotMine()
            } else if byte >= 0xC2 {
                let second = index + 1 < bytes.count ? bytes[index + 1] : 0
                let third = index + 2 < bytes.count ? bytes[index + 2] : 0
                switch byte {
                case 0xC2 where second < 0xA0: throw NotMine()  // C1 controls and NEL
                case 0xE2 where second == 0x80 && (third == 0xA8 || third == 0xA9): throw NotMine()  // LS, PS
                case 0xEF where second == 0xBB && third == 0xBF: throw NotMine()  // BOM
                case 0xEF where second == 0xBF && (third == 0xBE || third == 0xBF): throw NotMine()  // U+FFFE, U+FFFF
                default: break
                }
            }
            index += 1
        }
        try addLine(number: number, start: start, end: bytes.count)
    }

    private mutating func addLine(number: Int, start: Int, end: Int) throws(NotMine) {
        var first = start
        while first < end, bytes[first] == 0x20 { first += 1 }
        guard first < end, bytes[first] != 0x23 else { return }  // blank, or a comment
        if first == start {
            let marker = bytes[start]
            if marker == 0x25 { throw NotMine() }  // %: a directive
            if marker == 0x2D || marker == 0x2E,  // --- or ...
               end - start >= 3, bytes[start + 1] == marker, bytes[start + 2] == marker { throw NotMine() }
        }
        lines.append(Line(number: number, start: start, end: end, indent: first - start))
    }

    // MARK: Block collections

    /// A block mapping whose first key starts at `keyAt` on content line `line`; its other keys
    /// start the lines indented by exactly `indent` that follow.
    mutating func blockMapping(line: Int, keyAt offset: Int, indent: Int) throws(NotMine) -> Node {
        try descend()
        defer { depth -= 1 }
        let mark = mark(line, offset)
        var pairs: [(Node, Node)] = []
        var keys: [String] = []
        var line = line
        var offset = offset
        while true {
            let (key, afterIndicator) = try blockKey(line: line, at: offset)
            keys.append(key.string)
            let value = try blockValue(line: line, at: afterIndicator, indent: indent)
            pairs.append((.scalar(key), value))
            guard cursor < lines.count, lines[cursor].indent >= indent else { break }
            guard lines[cursor].indent == indent else { throw NotMine() }
            line = cursor
            offset = lines[line].start + indent
        }
        // Yams reports a key written twice as an error: left to it.
        if Self.hasDuplicate(keys) { throw NotMine() }
        return .mapping(Node.Mapping(pairs, Tag(.implicit, resolver, constructor), .any, mark))
    }

    /// A key: a plain scalar on one line ending in `:` and a space or the line's end. Returns
    /// the key and the offset after the `:`.
    private mutating func blockKey(line: Int, at offset: Int) throws(NotMine) -> (Node.Scalar, Int) {
        let run = try plainRun(from: offset, to: lines[line].end, inFlow: false)
        // libyaml gives up on keys longer than 1,024 characters.
        guard run.atValueIndicator, run.end - offset <= 512, !isMergeKey(from: offset, to: run.end) else { throw NotMine() }
        return (keyScalar(from: offset, to: run.end, line: line), run.stop + 1)
    }

    /// The value after a key's `:` at `offset`: on the same line, or on the lines that follow.
    private mutating func blockValue(line: Int, at offset: Int, indent: Int) throws(NotMine) -> Node {
        let end = lines[line].end
        let start = skipSpaces(from: offset, to: end)
        guard start < end, bytes[start] != 0x23 else {
            // An empty value is marked where its `:` ends.
            let emptyMark = mark(line, offset)
            cursor = line + 1
            return try valueOnNextLines(indent: indent, emptyMark: emptyMark)
        }
        let value = try inlineNode(line: line, at: start)
        cursor = line + 1
        // A deeper line would continue a plain scalar, or be an error.
        if cursor < lines.count, lines[cursor].indent > indent { throw NotMine() }
        return value
    }

    /// A node that ends on its line: a flow collection, a quoted scalar or a plain scalar,
    /// followed by nothing but spaces and a comment.
    private mutating func inlineNode(line: Int, at start: Int) throws(NotMine) -> Node {
        let end = lines[line].end
        let node: Node
        let after: Int
        switch bytes[start] {
        case 0x5B: (node, after) = try flowSequence(line: line, at: start)
        case 0x7B: (node, after) = try flowMapping(line: line, at: start)
        case 0x22: (node, after) = try doubleQuoted(line: line, at: start)
        case 0x27: (node, after) = try singleQuoted(line: line, at: start)
        default:
            let run = try plainRun(from: start, to: end, inFlow: false)
            guard !run.atValueIndicator else { throw NotMine() }
            return .scalar(scalar(from: start, to: run.end, line: line))
        }
        try expectLineEnd(from: after, line: line)
        return node
    }

    /// What follows a key with nothing after its `:`: a deeper block collection, a block
    /// sequence at the key's own indentation, or else an empty (null) scalar.
    private mutating func valueOnNextLines(indent: Int, emptyMark: Mark) throws(NotMine) -> Node {
        guard cursor < lines.count else { return emptyScalar(at: emptyMark) }
        let next = lines[cursor]
        let first = next.start + next.indent
        if next.indent > indent {
            if isBlockEntry(at: first, end: next.end) {
                return try blockSequence(line: cursor, indent: next.indent, indentless: false)
            }
            return try blockMapping(line: cursor, keyAt: first, indent: next.indent)
        }
        if next.indent == indent, isBlockEntry(at: first, end: next.end) {
            return try blockSequence(line: cursor, indent: indent, indentless: true)
        }
        return emptyScalar(at: emptyMark)
    }

    private func emptyScalar(at mark: Mark) -> Node {
        .scalar(Node.Scalar("", Tag(.implicit, resolver, constructor), .plain, mark))
    }

    /// A block sequence whose `-` entries start the lines indented by `indent`, from `line` on.
    /// An indentless one (the value of a key at the same indentation) ends at the next key.
    private mutating func blockSequence(line: Int, indent: Int, indentless: Bool) throws(NotMine) -> Node {
        try descend()
        defer { depth -= 1 }
        let mark = mark(line, lines[line].start + indent)
        var entries: [Node] = []
        var line = line
        while true {
            entries.append(try sequenceEntry(line: line, indent: indent))
            guard cursor < lines.count, lines[cursor].indent >= indent else { break }
            let next = lines[cursor]
            guard next.indent == indent else { throw NotMine() }
            guard isBlockEntry(at: next.start + indent, end: next.end) else {
                if indentless { break }
                throw NotMine()
            }
            line = cursor
        }
        return .sequence(Node.Sequence(entries, Tag(.implicit, resolver, constructor), .any, mark))
    }

    /// One `- ` entry: a node on the same line, or a mapping whose first key is on it.
    private mutating func sequenceEntry(line: Int, indent: Int) throws(NotMine) -> Node {
        let current = lines[line]
        let start = skipSpaces(from: current.start + indent + 1, to: current.end)
        // An empty entry, or one whose node starts on a later line.
        guard start < current.end, bytes[start] != 0x23 else { throw NotMine() }
        if isBlockEntry(at: start, end: current.end) { throw NotMine() }  // - - nested
        if bytes[start] != 0x5B, bytes[start] != 0x7B, bytes[start] != 0x22, bytes[start] != 0x27,
           try plainRun(from: start, to: current.end, inFlow: false).atValueIndicator {
            // Only spaces and `-` precede the key, so its byte offset is its column.
            return try blockMapping(line: line, keyAt: start, indent: start - current.start)
        }
        let node = try inlineNode(line: line, at: start)
        cursor = line + 1
        if cursor < lines.count, lines[cursor].indent > indent { throw NotMine() }
        return node
    }

    // MARK: Helpers

    func isBlockEntry(at index: Int, end: Int) -> Bool {
        index < end && bytes[index] == 0x2D && (index + 1 == end || bytes[index + 1] == 0x20)
    }

    /// Compared as Yams compares keys (`String`'s ==, canonical equivalence); most mappings have
    /// a few keys, and comparing those pairwise is cheaper than hashing each.
    static func hasDuplicate(_ keys: [String]) -> Bool {
        guard keys.count > 16 else {
            for (index, key) in keys.enumerated() where keys[(index + 1)...].contains(key) { return true }
            return false
        }
        return Set(keys).count < keys.count
    }

    /// `<<`, which a resolver with YAML 1.1's merge rule would treat as a merge.
    func isMergeKey(from start: Int, to end: Int) -> Bool {
        end - start == 2 && bytes[start] == 0x3C && bytes[start + 1] == 0x3C
    }

    func skipSpaces(from index: Int, to end: Int) -> Int {
        var index = index
        while index < end, bytes[index] == 0x20 { index += 1 }
        return index
    }

    /// After a node: only spaces, then the line's end or a comment (which needs a space before it).
    func expectLineEnd(from index: Int, line: Int) throws(NotMine) {
        let end = lines[line].end
        let next = skipSpaces(from: index, to: end)
        guard next == end || (next > index && bytes[next] == 0x23) else { throw NotMine() }
    }

    private mutating func descend() throws(NotMine) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw NotMine() }
    }

    /// The mark of the byte at `offset` on content line `line`: columns count Unicode scalars.
    mutating func mark(_ line: Int, _ offset: Int) -> Mark {
        var column = 1
        var from = lines[line].start
        if columnCache.line == line, columnCache.offset <= offset {
            column = columnCache.column
            from = columnCache.offset
        }
        for index in from..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        columnCache = (line, offset, column)
        return Mark.at(line: lines[line].number + 1, column: column)
    }
}
