import Yams

/// Scalars on one line, scanned by libyaml's rules (scanner.c): where a plain scalar may start
/// and where it stops, and the escapes of double quotes.
extension SimpleYAMLReader {
    /// A plain scalar found on a line.
    struct PlainRun {
        /// After its last character: trailing spaces are not part of it.
        let end: Int
        /// Where scanning stopped: a `:` that makes it a key, a flow indicator, a comment's `#`,
        /// or the line's end.
        let stop: Int
        /// Stopped at `:` followed by a space or the line's end.
        let atValueIndicator: Bool
    }

    /// Scans a plain scalar from `start`. In a flow collection, `,[]{}` end it too.
    func plainRun(from start: Int, to end: Int, inFlow: Bool) throws(NotMine) -> PlainRun {
        guard start < end, canStartPlain(at: start, end: end) else { throw NotMine() }
        var index = start
        var contentEnd = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 {
                let next = skipSpaces(from: index, to: end)
                // Spaces before the line's end or a comment are not part of the scalar.
                if next == end || bytes[next] == 0x23 { return PlainRun(end: contentEnd, stop: next, atValueIndicator: false) }
                index = next
                continue
            }
            if byte == 0x3A {
                guard index + 1 < end, bytes[index + 1] != 0x20 else {
                    return PlainRun(end: contentEnd, stop: index, atValueIndicator: true)
                }
                // libyaml rejects `:` before a flow indicator inside a flow collection.
                if inFlow, Self.isFlowIndicator(bytes[index + 1]) || bytes[index + 1] == 0x3F { throw NotMine() }
            }
            if inFlow, Self.isFlowIndicator(byte) {
                return PlainRun(end: contentEnd, stop: index, atValueIndicator: false)
            }
            index += 1
            contentEnd = index
        }
        return PlainRun(end: contentEnd, stop: end, atValueIndicator: false)
    }

    /// libyaml's rule, a little stricter: no indicator first, except `-` before a character
    /// that cannot end the scalar at once.
    func canStartPlain(at index: Int, end: Int) -> Bool {
        switch bytes[index] {
        case 0x20, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22,
             0x25, 0x40, 0x60:  // space ? : , [ ] { } # & * ! | > ' " % @ `
            return false
        case 0x2D:  // -
            guard index + 1 < end else { return false }
            let next = bytes[index + 1]
            return next != 0x20 && next != 0x23 && next != 0x3A && !Self.isFlowIndicator(next)
        default:
            return true
        }
    }

    static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x5B || byte == 0x5D || byte == 0x7B || byte == 0x7D
    }

    /// A plain scalar's node (its tag is left to be resolved, as libyaml leaves it).
    mutating func scalar(from start: Int, to end: Int, line: Int, tag: Tag? = nil) -> Node.Scalar {
        Node.Scalar(String(decoding: bytes[start..<end], as: UTF8.self), tag ?? Tag(.implicit, resolver, constructor),
                    .plain, mark(line, start))
    }

    /// A plain key's node. Yams hashes the keys of every mapping to look for duplicates, and
    /// hashing resolves a key's tag in place: its tag is the resolved one (`str` for the basic
    /// resolver, which has no rules).
    mutating func keyScalar(from start: Int, to end: Int, line: Int) -> Node.Scalar {
        guard !resolver.rules.isEmpty else { return scalar(from: start, to: end, line: line, tag: stringTag) }
        var key = scalar(from: start, to: end, line: line)
        key.tag = Tag(resolver.resolveTag(of: .scalar(key)), resolver, constructor)
        return key
    }

    /// A quoted scalar's node: libyaml tags it `str`.
    mutating func quotedScalar(_ text: String, style: Node.Scalar.Style, line: Int, at start: Int) -> Node {
        .scalar(Node.Scalar(text, stringTag, style, mark(line, start)))
    }

    /// `'…'` closed on the same line; `''` is a quote. Returns the node and the offset after it.
    mutating func singleQuoted(line: Int, at open: Int) throws(NotMine) -> (Node, Int) {
        let end = lines[line].end
        var text: [UInt8] = []
        var runStart = open + 1
        var index = open + 1
        while true {
            guard index < end else { throw NotMine() }  // continues on the next line
            if bytes[index] == 0x27 {
                guard index + 1 < end, bytes[index + 1] == 0x27 else { break }
                text.append(contentsOf: bytes[runStart...index])
                index += 2
                runStart = index
                continue
            }
            index += 1
        }
        let string = runStart == open + 1 ? String(decoding: bytes[runStart..<index], as: UTF8.self)
            : String(decoding: text + bytes[runStart..<index], as: UTF8.self)
        return (quotedScalar(string, style: .singleQuoted, line: line, at: open), index + 1)
    }

    /// `"…"` closed on the same line, with YAML's escapes. Returns the node and the offset after it.
    mutating func doubleQuoted(line: Int, at open: Int) throws(NotMine) -> (Node, Int) {
        let end = lines[line].end
        var text: [UInt8] = []
        var runStart = open + 1
        var index = open + 1
        while true {
            guard index < end else { throw NotMine() }  // continues on the next line
            let byte = bytes[index]
            if byte == 0x22 { break }
            guard byte == 0x5C else {
                index += 1
                continue
            }
            text.append(contentsOf: bytes[runStart..<index])
            // A backslash at the line's end joins the next line: not in the subset.
            guard index + 1 < end else { throw NotMine() }
            index += 2
            switch bytes[index - 1] {
            case 0x30: text.append(0x00)  // 0
            case 0x61: text.append(0x07)  // a
            case 0x62: text.append(0x08)  // b
            case 0x74: text.append(0x09)  // t
            case 0x6E: text.append(0x0A)  // n
            case 0x76: text.append(0x0B)  // v
            case 0x66: text.append(0x0C)  // f
            case 0x72: text.append(0x0D)  // r
            case 0x65: text.append(0x1B)  // e
            case 0x20, 0x22, 0x2F, 0x5C: text.append(bytes[index - 1])  // space " / \
            case 0x4E: Self.appendUTF8(0x85, to: &text)  // N
            case 0x5F: Self.appendUTF8(0xA0, to: &text)  // _
            case 0x4C: Self.appendUTF8(0x2028, to: &text)  // L
            case 0x50: Self.appendUTF8(0x2029, to: &text)  // P
            case 0x78, 0x75, 0x55:  // x u U
                let length = bytes[index - 1] == 0x78 ? 2 : bytes[index - 1] == 0x75 ? 4 : 8
                guard index + length <= end else { throw NotMine() }
                var value: UInt32 = 0
                for digit in bytes[index..<index + length] {
                    guard let nibble = Self.hexValue(digit) else { throw NotMine() }
                    value = value << 4 | nibble
                }
                guard value < 0xD800 || (value > 0xDFFF && value <= 0x10FFFF) else { throw NotMine() }
                // Yams decodes scalars with Foundation, which drops a leading byte order mark.
                guard value != 0xFEFF else { throw NotMine() }
                Self.appendUTF8(value, to: &text)
                index += length
            default: throw NotMine()  // unknown escape
            }
            runStart = index
        }
        let string = runStart == open + 1 ? String(decoding: bytes[runStart..<index], as: UTF8.self)
            : String(decoding: text + bytes[runStart..<index], as: UTF8.self)
        return (quotedScalar(string, style: .doubleQuoted, line: line, at: open), index + 1)
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// Writes a code point as libyaml does (surrogates and values beyond U+10FFFF are refused before).
    static func appendUTF8(_ value: UInt32, to text: inout [UInt8]) {
        switch value {
        case ..<0x80:
            text.append(UInt8(value))
        case ..<0x800:
            text.append(UInt8(0xC0 | value >> 6))
            text.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            text.append(UInt8(0xE0 | value >> 12))
            text.append(UInt8(0x80 | value >> 6 & 0x3F))
            text.append(UInt8(0x80 | value & 0x3F))
        default:
            text.append(UInt8(0xF0 | value >> 18))
            text.append(UInt8(0x80 | value >> 12 & 0x3F))
            text.append(UInt8(0x80 | value >> 6 & 0x3F))
            text.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
