/// HTML escaping on UTF-8 bytes: `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`, the
/// bytes swift-mustache writes. Runs without those bytes are copied in one piece.
enum HTMLEscaper {
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }

    static func escaped(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        append(text, to: &output)
        return output
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // Every special byte is at most '>' (0x3E): most bytes leave here.
            if byte > 0x3E || !special(byte) {
                index += 1
                continue
            }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            appendEntity(for: byte, to: &output)
            index += 1
            runStart = index
        }
        if runStart == 0 {
            output.append(contentsOf: bytes)
        } else if runStart < count {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
    }

    @inline(__always)
    private static func special(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    private static func appendEntity(for byte: UInt8, to output: inout [UInt8]) {
        let entity: StaticString = switch byte {
        case 0x26: "&amp;"
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x22: "&quot;"
        default: "&#39;"
        }
        entity.withUTF8Buffer { output.append(contentsOf: $0) }
    }
}
