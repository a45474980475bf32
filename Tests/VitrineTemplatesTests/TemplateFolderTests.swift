import Foundation
import Testing
import VitrineContent
import VitrineTemplates

/// Libraries loaded from folders: interface strings of every language, the repository's
/// templates, and the card fixture compiled for the site's view types.
@Suite struct TemplateFolderTests {
    static let months = "months: [jan, feb, mrt, apr, mei, jun, jul, aug, sep, okt, nov, dec]\n"

    /// A template folder in a temporary directory.
    func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-engine-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root.path
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func aKeyMissingInAnotherLanguageIsAnErrorAtTheKey() throws {
        let directory = try folder([
            "page.mustache": "{{t.search}}",
            "i18n/nl.yml": Self.months + "search: Zoeken\nextra: Meer\n",
            "i18n/en.yml": Self.months + "search: Search\nextr: More\n",
        ])
        let library = TemplateLibrary(directory: directory, language: "nl")
        #expect(library.loadDiagnostics.map(\.description) == [
            "\(directory)/i18n/en.yml:3:1: error: string 'extr' is missing in \(directory)/i18n/nl.yml (it has 'extra')",
            "\(directory)/i18n/nl.yml:3:1: error: string 'extra' is missing in \(directory)/i18n/en.yml (it has 'extr')",
        ])
        #expect(library.catalog.languages.keys.sorted() == ["en", "nl"])
    }

    @Test func stringsOfTheLoadedLanguage() throws {
        let directory = try folder([
            "page.mustache": "{{t.search}}",
            "i18n/nl.yml": Self.months + "search: Zoeken\n",
            "i18n/en.yml": Self.months + "search: Search\n",
        ])
        #expect(TemplateLibrary(directory: directory, language: "en").loadDiagnostics.isEmpty)
        #expect(try TemplateLibrary(directory: directory, language: "en").render(PageStub(), template: "page") == "Search")
        #expect(TemplateLibrary(directory: directory, language: "de").loadDiagnostics.map(\.description) == [
            "\(directory)/i18n/de.yml:1:1: error: missing strings file for language 'de'"])
    }

    @Test func syntaxErrorsOfEveryFileAreCollected() throws {
        let directory = try folder([
            "a.mustache": "{{#x}}", "b.mustache": "ok", "c/d.mustache": "{{/y}}", "i18n/nl.yml": Self.months,
        ])
        let library = TemplateLibrary(directory: directory, language: "nl")
        #expect(library.loadDiagnostics.map(\.description) == [
            "\(directory)/a.mustache:1:1: error: template syntax error: section 'x' is never closed",
            "\(directory)/c/d.mustache:1:1: error: template syntax error: '{{/y}}' closes nothing: no section is open",
        ])
        #expect(library.templateNames == ["b"])
    }

    @Test func everyRepositoryTemplateParses() throws {
        let templates = Self.repository.appendingPathComponent("Templates").path
        let library = TemplateLibrary(directory: templates, language: "nl")
        #expect(library.loadDiagnostics.map(\.description) == [])
        let files = (FileManager.default.subpaths(atPath: templates) ?? []).filter { $0.hasSuffix(".mustache") }
        #expect(library.templateNames.count == files.count)
    }

    @Test func cardFixtureCompilesForTheSiteViews() throws {
        let directory = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/card").path
        let library = TemplateLibrary(directory: directory, language: "nl")
        #expect(library.loadDiagnostics.isEmpty)
        #expect(library.compile("html/card", for: PageView.self).map(\.description) == [])
        #expect(library.templatesUsed(by: "html/card", for: PageView.self) == [
            "html/card", "html/base", "partials/item-head", "partials/chips", "partials/item-foot", "partials/source",
            "partials/links", "partials/tile",
        ])
        let html = try library.render(CardSample.page(), template: "html/card")
        #expect(html.contains("<title>Geen tijd om te leren · Kennisplatform Werk &amp; Leven Lang Ontwikkelen</title>"))
        #expect(html.contains(#"<p class="lead">Werkenden noemen tijd als grootste drempel om te leren, vóór geld en motivatie (&quot;te druk&quot;).</p>"#))
        #expect(html.contains(#"<script type="application/ld+json">{"@context""#))
    }

    @Test func rendersOnSeveralThreadsAtOnce() throws {
        let directory = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/card").path
        let library = TemplateLibrary(directory: directory, language: "nl")
        let page = CardSample.page()
        let expected = try library.render(page, template: "html/card")
        let results = UnsafeResults(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            results.set(index, (try? library.render(page, template: "html/card")) == expected)
        }
        #expect(results.all)
    }
}

/// Per-iteration results of `concurrentPerform`, each slot written by one iteration.
final class UnsafeResults: @unchecked Sendable {
    private var values: [Bool]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: false, count: count) }

    func set(_ index: Int, _ value: Bool) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    var all: Bool { values.allSatisfy { $0 } }
}
