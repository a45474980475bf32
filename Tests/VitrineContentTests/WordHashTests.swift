import Testing
@testable import VitrineContent

/// The body fingerprint stands for the body in a preview's comparisons: a text changed in one
/// place must never keep its fingerprint.
struct WordHashTests {
    @Test func changesWithEveryByteOfTheText() {
        let text = "Drempels bij scholing: één van de kaarten, met 17 bytes en wat meer."
        let original = WordHash.hash(text)
        #expect(WordHash.hash(String(text)) == original)
        var bytes = Array(text.utf8)
        for index in bytes.indices {
            let kept = bytes[index]
            bytes[index] = kept == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
            #expect(WordHash.hash(String(decoding: bytes, as: UTF8.self)) != original, "byte \(index)")
            bytes[index] = kept
        }
    }

    @Test func tellsTextsOfZerosApartByLength() {
        let hashes = (0...24).map { WordHash.hash(String(repeating: "\u{0}", count: $0)) }
        #expect(Set(hashes).count == hashes.count)
    }
}
