/// A minimal JSON writer for `PagefindRequest`, the lists' filter index and the open data: objects, arrays,
/// numbers and escaped strings, written straight into UTF-8 bytes. Commas are placed by tracking whether the
/// current container already has a member.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    mutating func object(_ members: (inout JSONBytes) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        members(&self)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func key(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func array(_ values: [String]) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for value in values { string(value) }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// An array whose elements `build` writes.
    mutating func array(_ build: (inout JSONBytes) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        build(&self)
        bytes.append(UInt8(ascii: "]"))
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
        bytes.append(contentsOf: literal.utf8)
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
        bytes.reserveCapacity(bytes.count + value.utf8.count + 2)
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: bytes.append(byte)  // UTF-8 passes through: Swift strings are valid UTF-8
            }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }
}
