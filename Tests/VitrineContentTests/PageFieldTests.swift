import Testing
@testable import VitrineContent

/// `page` splits `12` and `12-14` on bytes; what it makes of them must be what the general
/// path (Foundation's trimming, Character tests) makes of them, and other texts take that path.
struct PageFieldTests {
    @Test(arguments: ["12", "12-14", "14-12", "012-3", "0", "99999999999999999999-1", "1-", "-1", "1--2", "12 - 14",
                      "12a", "a-1", "", "-", "١٢", "12–14", "1-2-3"])
    func splitsAsTheGeneralPathDoes(_ text: String) {
        let general = text.split(separator: "-", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let generalValid = (1...2).contains(general.count)
            && general.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        if let parts = FieldReader.asciiPageParts(text) {
            #expect(generalValid && parts == general, "\(text.debugDescription)")
        } else {
            // Only texts with something else than ASCII digits and one dash between them are left over.
            #expect(!text.utf8.allSatisfy { (0x30...0x39).contains($0) } || text.isEmpty)
        }
    }
}
