import Testing
@testable import VitrineContent

/// Duplicate field names are found the same way below and above the length where the list of
/// names seen gives way to a set.
struct SeenNamesTests {
    @Test(arguments: [3, 15, 16, 17, 40])
    func findsTheRepeatedNameInAMappingOf(length: Int) {
        var seen = SeenNames()
        var earlier: [String] = []
        for index in 0..<length {
            let isNew = seen.insert("veld\(index)", among: earlier)
            #expect(isNew)
            earlier.append("veld\(index)")
        }
        let repeats = ["veld0", "veld\(length - 1)", "veld\(length / 2)"].map { seen.insert($0, among: earlier) }
        #expect(repeats == [false, false, false])
        let last = seen.insert("veld\(length)", among: earlier)
        #expect(last)
    }

    @Test func treatsCanonicallyEquivalentNamesAsOne() {
        var seen = SeenNames()
        let first = seen.insert("\u{E9}", among: [])
        let second = seen.insert("e\u{301}", among: ["\u{E9}"])
        #expect(first && !second)
    }
}
