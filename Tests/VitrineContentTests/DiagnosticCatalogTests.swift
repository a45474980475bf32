import Foundation
import Testing
@testable import VitrineContent

/// The catalogs in `Diagnostics/`: every code, hint and fragment in every language, with the
/// same placeholders, and every key the code names present.
@Suite struct DiagnosticCatalogTests {
    static let sourcesRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    @Test(arguments: DiagnosticLanguage.allCases)
    func everyCodeHasAMessage(_ language: DiagnosticLanguage) {
        let messages = DiagnosticCatalog.of(language).sections["messages"] ?? [:]
        let missing = DiagnosticCode.allCases.map(\.rawValue).filter { messages[$0] == nil }
        #expect(missing == [])
        let unused = Set(messages.keys).subtracting(DiagnosticCode.allCases.map(\.rawValue))
        #expect(unused == [])
    }

    @Test func bothLanguagesHaveTheSameKeysAndPlaceholders() {
        let english = DiagnosticCatalog.of(.en), dutch = DiagnosticCatalog.of(.nl)
        #expect(Set(english.sections.keys) == ["messages", "hints", "fragments", "status"])
        for (name, section) in english.sections {
            let other = dutch.sections[name] ?? [:]
            #expect(Set(section.keys) == Set(other.keys), "section \(name)")
            for (key, text) in section {
                guard let translation = other[key] else { continue }
                #expect(DiagnosticCatalog.placeholders(in: text) == DiagnosticCatalog.placeholders(in: translation),
                        "placeholders of \(key)")
                #expect(!translation.isEmpty, "\(key) is empty in Dutch")
            }
        }
    }

    @Test func keysAreUniqueAcrossSections() {
        for language in DiagnosticLanguage.allCases {
            let sections = DiagnosticCatalog.of(language).sections.values
            #expect(sections.map(\.count).reduce(0, +) == Set(sections.flatMap(\.keys)).count)
        }
    }

    /// Keys the Swift sources name: literal ones found in the sources, and the families
    /// chosen by type (`unknown.card`, `what.figure` ...).
    @Test func everyKeyTheCodeUsesIsInTheCatalogs() throws {
        var keys: Set<String> = []
        let walker = try #require(FileManager.default.enumerator(at: Self.sourcesRoot, includingPropertiesForKeys: nil))
        let patterns = [(#"\.phrase\("([a-z0-9.\-]+)""#, ""), (#"expected: "([a-z\-]+)""#, "expected."),
                        (#"\.counted\("([a-z.\-]+)""#, "")]
        for case let url as URL in walker where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for (pattern, prefix) in patterns {
                let regex = try NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    guard let range = Range(match.range(at: 1), in: text) else { continue }
                    let key = prefix + text[range]
                    if prefix.isEmpty && pattern.contains("counted") {
                        keys.formUnion([key + ".one", key + ".other"])
                    } else if !key.hasSuffix(".") {
                        keys.insert(key)
                    }
                }
            }
        }
        for type in ItemType.allCases {
            keys.formUnion(["unknown.", "duplicate.", "the.", "what."].map { $0 + type.rawValue })
        }
        keys.formUnion(["unknown.report", "duplicate.report"])
        for taxonomy in TaxonomyName.allCases {
            keys.formUnion(["unknown.", "duplicate."].map { $0 + taxonomy.rawValue })
        }
        #expect(keys.count > 60)
        for language in DiagnosticLanguage.allCases {
            let catalog = DiagnosticCatalog.of(language)
            #expect(keys.filter { catalog.template($0) == nil }.sorted() == [], "\(language)")
        }
    }

    @Test func placeholdersAreFilledFromArguments() {
        #expect(DiagnosticCatalog.fill("a {x} b {y}") { $0 == "x" ? "1" : nil } == "a 1 b {y}")
        #expect(DiagnosticCatalog.fill("open { only") { _ in "?" } == "open { only")
        let text = DiagnosticText.phrase("unknown-term", ["unknown": .phrase("unknown.theme"), "id": .value("scholng")])
        #expect(DiagnosticCatalog.of(.nl).render(text) == "onbekend thema 'scholng'")
        #expect(DiagnosticCatalog.of(.en).render(text) == "unknown theme 'scholng'")
    }

    @Test func diagnosticsAreLocalized() {
        let diagnostic = Diagnostic.error(.missingField, ["field": .value("title")],
                                          at: SourceLocation(file: "Content/cards/x.md", line: 2))
        #expect(diagnostic.description == "Content/cards/x.md:2:1: error: missing required field 'title'")
        #expect(diagnostic.localized(to: .nl) == "Content/cards/x.md:2:1: error: verplicht veld 'title' ontbreekt")
    }

    @Test(arguments: [("title: x\nlanguage: en\n", DiagnosticLanguage.en), ("language: nl # Nederlands\n", .nl),
                      ("\u{FEFF}language: \"en\"\n", .en), ("title: x\n", .nl), ("language: de\n", .en),
                      ("navigation:\n  - {label: x, href: /}\nlanguage: en\n  language: nl\n", .en),
                      ("title: [broken\nlanguage: en\n", .en)])
    func siteLanguageIsReadLeniently(_ text: String, _ language: DiagnosticLanguage) {
        #expect(DiagnosticLanguage.ofSiteFile(text) == language)
    }

    @Test func englishWithoutASiteFile() {
        #expect(DiagnosticLanguage.ofSite(content: "/nonexistent/vitrine") == .en)
    }
}
