/// A 64-bit hash that takes eight bytes a step (the multiply-rotate of rustc's FxHash): a
/// fingerprint for telling in memory whether a text changed, eight times fewer steps than
/// FNV-1a, whose byte-wise loop over every body was 2.6 % of a `vitrine check`. Not stable
/// across versions and not written anywhere: output fingerprints stay `FNV1a`.
enum WordHash {
    private static let seed: UInt64 = 0x51_7c_c1_b7_27_22_0a_95

    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = UInt64(truncatingIfNeeded: bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = step(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count {
            tail |= UInt64(bytes[index]) << UInt64(8 * (index - offset))
        }
        return step(hash, tail)
    }

    private static func step(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        ((hash << 5 | hash >> 59) ^ word) &* seed
    }
}
