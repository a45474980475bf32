/// A minimal JSON writer for `PagefindRequest`, the lists' filter index and the open data: objects, arrays,
/// numbers and escaped strings, written straight into UTF-8 bytes. Commas are placed by tracking whether the
/// current container already has a member.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false
    /// When measuring, nothing is stored: only `measured` counts the bytes the document would take.
    private var measuring = false
    private var measured = 0

    init() {}

    /// A large document (the open data's item list, a list's filter index) written twice: once
    /// to measure it, once into storage of exactly its size and a final line end. Grown by
    /// appending, its array doubled its capacity and copied itself on the way: 239 MB at the
    /// peak of a build of 100,000 items for a file of 65 MB.
    static func sized(_ document: (inout JSONBytes) -> Void) -> [UInt8] {
        var json = JSONBytes()
        json.bytes.reserveCapacity(length(of: document) + 1)
        document(&json)
        return json.endingWithNewline()
    }

    /// How many bytes `document` writes, found without storing them.
    static func length(of document: (inout JSONBytes) -> Void) -> Int {
        var measure = JSONBytes()
        measure.measuring = true
        document(&measure)
        return measure.measured
    }

    mutating func object(_ members: (inout JSONBytes) -> Void) {
        separate()
        put(UInt8(ascii: "{"))
        needsComma = false
        members(&self)
        put(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func key(_ name: String) {
        string(name)
        put(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func array(_ values: [String]) {
        separate()
        put(UInt8(ascii: "["))
        needsComma = false
        for value in values { string(value) }
        put(UInt8(ascii: "]"))
        needsComma = true
    }

    /// An array whose elements `build` writes.
    mutating func array(_ build: (inout JSONBytes) -> Void) {
        separate()
        put(UInt8(ascii: "["))
        needsComma = false
        build(&self)
        put(UInt8(ascii: "]"))
        needsComma = true
    }

    /// An object of string values, keys sorted.
    mutating func dictionary(_ values: [String: String]) {
        object {
            for name in values.keys.sorted() {
                $0.key(name)
                $0.string(values[name] ?? "")
            }
        }
    }

    /// A literal (number, `true`) that needs no escaping.
    mutating func raw(_ literal: String) {
        separate()
        put(contentsOf: literal.utf8)
        needsComma = true
    }

    /// A string, or `null` when there is none.
    mutating func string(_ value: String?) {
        guard let value else { return raw("null") }
        string(value)
    }

    /// A number as JSON writes it: a decimal point, no grouping (`null` when not finite).
    mutating func number(_ value: Double) {
        raw(value.isFinite ? CSVWriter.number(value) : "null")
    }

    /// `"name": value` for a string that may be missing.
    mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    mutating func string(_ value: String) {
        separate()
        // A measured document was reserved whole; measuring stores nothing.
        if !measuring { bytes.reserveCapacity(bytes.count + value.utf8.count + 2) }
        put(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): put(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): put(contentsOf: [0x5C, 0x5C])
            case 0x0A: put(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: put(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: put(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                put(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: put(byte)  // UTF-8 passes through: Swift strings are valid UTF-8
            }
        }
        put(UInt8(ascii: "\""))
        needsComma = true
    }

    /// The bytes written and a final line end, appended in place while this writer holds the
    /// only reference (`bytes + [0x0A]`, or a `consuming` method, copied the whole document).
    mutating func endingWithNewline() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }

    private mutating func put(_ byte: UInt8) {
        if measuring { measured += 1 } else { bytes.append(byte) }
    }

    private mutating func put<Part: Collection<UInt8>>(contentsOf part: Part) {
        if measuring { measured += part.count } else { bytes.append(contentsOf: part) }
    }

    private mutating func separate() {
        if needsComma { put(UInt8(ascii: ",")) }
    }
}
