import Foundation
import Testing
@testable import VitrineContent

/// Each broken fixture must produce exactly the diagnostics in its `expected.txt` (English)
/// and `expected.nl.txt` (Dutch): file, line, column, severity, message and summary.
@Suite struct DiagnosticsTests {
    @Test(arguments: Fixtures.brokenNames, DiagnosticLanguage.allCases)
    func brokenFixtureReportsExactDiagnostics(_ name: String, _ language: DiagnosticLanguage) throws {
        let result = try Fixtures.load(name)
        let report = DiagnosticReport(diagnostics: result.diagnostics, itemCount: result.graph?.itemCount, language: language)
        #expect(report.text() == (try Fixtures.expected(name, in: language)))
    }

    @Test func everyRequiredDiagnosticHasAFixture() {
        let required = ["yaml-syntax", "missing-title", "wrong-type-list", "wrong-type-number", "unknown-field",
                        "unknown-kind", "unknown-theme", "unresolved-body-link", "unresolved-front-matter",
                        "duplicate-id", "invalid-id", "table-row-length", "figure-not-number", "swot-empty",
                        "invalid-date", "not-utf8", "missing-site-yml", "missing-taxonomies-yml", "empty-folder",
                        "warnings"]
        #expect(Set(required).isSubset(of: Set(Fixtures.brokenNames)))
    }

    @Test func jsonFormatHasOneObjectPerDiagnostic() throws {
        let result = try Fixtures.load("unknown-theme")
        let json = DiagnosticReport(diagnostics: result.diagnostics, itemCount: nil).json()
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(objects.count == 1)
        #expect(objects[0]["file"] as? String == "Content/cards/geen-tijd.md")
        #expect(objects[0]["line"] as? Int == 6)
        #expect(objects[0]["column"] as? Int == 22)
        #expect(objects[0]["severity"] as? String == "error")
        #expect(objects[0]["message"] as? String == "unknown theme 'scholng'")
        #expect(objects[0]["hint"] as? String == "did you mean 'scholing'?")
        #expect(objects[0]["code"] as? String == "unknown-term")
    }

    /// Tools read the code, not the prose: the same in every language, keys in a fixed order.
    @Test(arguments: [("unknown-theme", ["unknown-term"]), ("wrong-type-list", ["wrong-type"]),
                      ("missing-title", ["missing-field"]), ("invalid-date", ["invalid-date"]),
                      ("duplicate-id", ["duplicate-id"]), ("bad-report", ["unknown-item", "unknown-item-type", "unknown-sort"]),
                      ("warnings", ["orphan", "long-summary", "draft"])])
    func jsonNamesTheCodes(_ name: String, _ codes: [String]) throws {
        let result = try Fixtures.load(name)
        for language in DiagnosticLanguage.allCases {
            let json = DiagnosticReport(diagnostics: result.diagnostics, itemCount: nil, language: language).json()
            let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            #expect(objects.map { $0["code"] as? String } == codes)
        }
    }

    @Test func jsonIsInTheReportsLanguage() throws {
        let result = try Fixtures.load("unknown-theme")
        let json = DiagnosticReport(diagnostics: result.diagnostics, itemCount: nil, language: .nl).json()
        #expect(json == """
            [
              {
                "code" : "unknown-term",
                "column" : 22,
                "file" : "Content/cards/geen-tijd.md",
                "hint" : "bedoelde je 'scholing'?",
                "line" : 6,
                "message" : "onbekend thema 'scholng'",
                "severity" : "error"
              }
            ]
            """)
    }

    @Test func missingFolderIsReported() {
        let result = ContentLoader(directory: "/nonexistent/vitrine", displayPath: "Nergens").load()
        #expect(result.diagnostics.map(\.description) == ["Nergens:1:1: error: content folder 'Nergens' does not exist"])
    }

    @Test(arguments: [
        ("---\ntitle: [unclosed\n---\n", "invalid YAML"),
        ("---\n: \n---\n", "did not find expected key"),
        ("---\n- a\n- b\n---\n", "front matter must be a mapping"),
        ("---\ntitle: x\n", "front matter is not closed"),
        ("\u{0}\u{1}\u{2}", "NUL"),
        ("---\na: &x [*x]\n---\n", "found undefined alias"),
        // Nine-fold nested aliases ("billion laughs") are not expanded while reading.
        ("---\n" + (1...7).map { n in
            let name = String(UnicodeScalar(UInt8(96 + n)))
            let previous = n == 1 ? "x" : "*" + String(UnicodeScalar(UInt8(95 + n)))
            return "\(name): &\(name) [" + Array(repeating: previous, count: 9).joined(separator: ",") + "]\n"
        }.joined() + "themes: [" + Array(repeating: "*g", count: 9).joined(separator: ",") + "]\n---\n",
         "entries of 'themes' must be text"),
    ])
    func hostileInputNeverCrashes(_ text: String, _ fragment: String) throws {
        let folder = try Fixtures.assemble(nil)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("cards/geen-tijd.md"))
        let result = ContentLoader(directory: folder.path, displayPath: "Content").load()
        let own = result.diagnostics.filter { $0.location.file == "Content/cards/geen-tijd.md" }
        #expect(own.contains { $0.severity == .error && $0.description.contains(fragment) })
    }
}
