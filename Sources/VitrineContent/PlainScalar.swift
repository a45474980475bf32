/// What a plain (unquoted) YAML scalar means under YAML 1.1's core rules, the ones Yams
/// applies by default: null, bool, int or float. Decided only for the fields that ask, by
/// hand-written scanners equal to those rules, instead of running every rule's regular
/// expression on every scalar of every file (a fifth of a cold load).
enum PlainScalar {
    /// `~`, `null`, `Null`, `NULL` or nothing.
    static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": true
        case "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": false
        default: nil
        }
    }

    /// An int or a float as YAML 1.1 writes them.
    static func isNumber(_ text: String) -> Bool { isInt(text) || isFloat(text) }

    static func isInt(_ text: String) -> Bool {
        var scanner = Scanner(text)
        scanner.sign()
        if scanner.take("0") {
            if scanner.atEnd { return true }
            if scanner.take("b") { return scanner.many { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F } && scanner.atEnd }
            if scanner.take("x") { return scanner.many { isHex($0) || $0 == 0x5F } && scanner.atEnd }
            _ = scanner.take("o")
            return scanner.many { (0x30...0x37).contains($0) || $0 == 0x5F } && scanner.atEnd
        }
        guard scanner.one({ (0x31...0x39).contains($0) }) else { return false }
        _ = scanner.many { isDigit($0) || $0 == 0x5F }
        if scanner.atEnd { return true }
        return scanner.sexagesimalGroups() && scanner.atEnd
    }

    static func isFloat(_ text: String) -> Bool {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN": return true
        default: break
        }
        var scanner = Scanner(text)
        if scanner.take(".") {
            // \.[0-9_]+(?:[eE][-+][0-9]+)?
            guard scanner.many({ isDigit($0) || $0 == 0x5F }) else { return false }
            if scanner.atEnd { return true }
            guard scanner.one({ $0 == 0x65 || $0 == 0x45 }), scanner.one({ $0 == 0x2B || $0 == 0x2D }) else { return false }
            return scanner.many(isDigit) && scanner.atEnd
        }
        scanner.sign()
        guard scanner.one(isDigit) else { return false }
        _ = scanner.many { isDigit($0) || $0 == 0x5F }
        var sexagesimal = scanner
        if sexagesimal.sexagesimalGroups(), sexagesimal.take(".") {
            _ = sexagesimal.many { isDigit($0) || $0 == 0x5F }
            if sexagesimal.atEnd { return true }
        }
        if scanner.take(".") { _ = scanner.many { isDigit($0) || $0 == 0x5F } }
        if scanner.one({ $0 == 0x65 || $0 == 0x45 }) {
            _ = scanner.one { $0 == 0x2B || $0 == 0x2D }
            guard scanner.many(isDigit) else { return false }
        }
        return scanner.atEnd
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// Reads a scalar's UTF-8 bytes from left to right.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ text: String) { bytes = Array(text.utf8) }

        var atEnd: Bool { index == bytes.count }

        mutating func take(_ character: Character) -> Bool {
            guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
            index += 1
            return true
        }

        mutating func one(_ test: (UInt8) -> Bool) -> Bool {
            guard index < bytes.count, test(bytes[index]) else { return false }
            index += 1
            return true
        }

        /// One or more; false when none.
        mutating func many(_ test: (UInt8) -> Bool) -> Bool {
            let start = index
            while index < bytes.count, test(bytes[index]) { index += 1 }
            return index > start
        }

        mutating func sign() { _ = one { $0 == 0x2B || $0 == 0x2D } }

        /// (?::[0-5]?[0-9])+
        mutating func sexagesimalGroups() -> Bool {
            var groups = 0
            while take(":") {
                if index + 1 < bytes.count, (0x30...0x35).contains(bytes[index]), PlainScalar.isDigit(bytes[index + 1]) {
                    index += 2
                } else if !one(PlainScalar.isDigit) {
                    return false
                }
                groups += 1
            }
            return groups > 0
        }
    }
}
