import Foundation
import Testing
import VitrineContent
import VitrineSchema
import VitrineTheme

/// The editor schemas: every text they need exists in both languages of the built-in theme,
/// the site's own terms and ids are the choices, and the same content gives the same bytes.
/// (scripts/test-schemas validates real content against them with PyPI jsonschema.)
@Suite struct SchemaTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = repository.appendingPathComponent("Tests/VitrineContentTests/Fixtures/valid").path

    @Test(arguments: ["nl", "en"]) func everySchemaTextExistsInTheBuiltInTheme(language: String) throws {
        let strings = try SchemaStrings.load(theme: ThemeSource.builtIn.load().theme, language: language).get()
        #expect(strings.missing(SchemaWriter.stringKeys).isEmpty, "\(strings.missing(SchemaWriter.stringKeys))")
    }

    @Test func aMissingTextIsAnErrorAtTheStringsFileWithTheFix() throws {
        let strings = try SchemaStrings.parse("title: De titel.\n", language: "nl", file: "Templates/schema/nl.yml").get()
        let missing = strings.missing(["title", "summary"])
        #expect(missing.map(\.description) == [
            "Templates/schema/nl.yml:1:1: error: schema string 'summary' is missing (add 'summary: …' to Templates/schema/nl.yml)"])
    }

    @Test func brokenYAMLInTheStringsIsPlacedAtItsLine() {
        guard case .failure(let problems) = SchemaStrings.parse("title: De titel.\nsummary: Kort: en krachtig.\n", language: "nl",
                                                                file: "Templates/schema/nl.yml") else {
            Issue.record("broken YAML was read")
            return
        }
        #expect(problems.diagnostics.map(\.description) == [
            "Templates/schema/nl.yml:2:14: error: schema strings are not valid YAML: mapping values are not allowed in this context (put a text that holds ': ' between quotes)"])
    }

    @Test func theSitesTermsAndIdsAreTheChoicesAndTheBytesAreStable() throws {
        let first = try SchemaExport.files(content: Self.fixture, templates: nil, language: "nl").get()
        #expect(first.keys.sorted() == ["card.schema.json", "conclusion.schema.json", "factsheet.schema.json", "page.schema.json",
                                        "publication.schema.json", "report.schema.json", "site.schema.json", "swot.schema.json",
                                        "taxonomies.schema.json"])
        #expect(try SchemaExport.files(content: Self.fixture, templates: nil, language: "nl").get() == first)
        let card = String(decoding: try #require(first["card.schema.json"]), as: UTF8.self)
        #expect(card.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"title\": \"Kaart (cards/<id>.md)\",\n"))
        #expect(card.contains("\"required\": [\"title\", \"summary\", \"publication\", \"kind\"],\n  \"additionalProperties\": false,"))
        #expect(card.contains("\"kind\": {\n      \"description\": \"Het soort kaart (een belemmering, een oplossing, een les ...), uit de kinds van taxonomies.yml.\",\n      \"$ref\": \"#/$defs/kind\"\n    }"))
        // Every term of the fixture's themes, with its label beside it.
        let loaded = try #require(ContentLoader(directory: Self.fixture).load().graph)
        let themes = loaded.taxonomies.terms(.theme)
        #expect(!themes.isEmpty)
        let quoted = themes.map { "\"\($0.id)\"" }.joined(separator: ", ")
        #expect(card.contains("\"theme\": {\n      \"type\": \"string\",\n      \"enum\": [\(quoted)],"), "\(card)")
        let english = try SchemaExport.files(content: Self.fixture, templates: nil, language: "en").get()
        #expect(String(decoding: try #require(english["card.schema.json"]), as: UTF8.self).contains("\"title\": \"Card (cards/<id>.md)\""))
    }
}
