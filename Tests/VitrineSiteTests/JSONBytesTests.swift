import Testing
@testable import VitrineSite

/// Large JSON documents are measured first and written once into storage of their size: the
/// measure must be exactly what is written, for every kind of text.
struct JSONBytesTests {
    static let texts = ["", "plain", "quote \" and \\ backslash", "lines\nand\r\ttabs", "\u{0}\u{1}\u{1F}\u{7F}",
                        "één reëel 😀 Ⅻ", String(repeating: "a\"", count: 300)]

    static func document(_ json: inout JSONBytes) {
        json.object { object in
            object.key("texts")
            object.array(texts)
            object.key("nested")
            object.array { list in
                for (index, text) in texts.enumerated() {
                    list.object { entry in
                        entry.field(text, text)
                        entry.field("missing", nil)
                        entry.key("number")
                        entry.number(Double(index) / 4)
                        entry.key("terms")
                        entry.dictionary(["b": text, "a": "x"])
                    }
                }
            }
        }
    }

    @Test func measuresExactlyWhatItWrites() {
        var json = JSONBytes()
        Self.document(&json)
        #expect(JSONBytes.length(of: Self.document) == json.bytes.count)
        #expect(JSONBytes.sized(Self.document) == json.bytes + [0x0A])
    }

    @Test func writesALargeDocumentWithoutGrowing() {
        let many = (0..<20_000).map { "kaart \($0) \"met\" tekst\n" }
        let bytes = JSONBytes.sized { json in json.array(many) }
        #expect(bytes.last == 0x0A)
        // Grown by appending, the array would hold up to twice what it needs.
        #expect(bytes.capacity - bytes.count < bytes.count / 64)
    }
}
