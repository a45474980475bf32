import Foundation
import Testing
@testable import VitrineContent
@testable import VitrineBuild
@testable import VitrineSite

/// URLs that never break: the build remembers what it published in the content's
/// `published-urls.txt`, fails when a remembered URL is gone without an alias or `--retire`, and
/// writes redirect pages, 410 pages and the servers' redirect rules.
@Suite(.serialized) struct PublishedURLTests {
    static let fixture = SiteBuildTests.fixture
    static let templates = SiteBuildTests.templates

    /// A copy of the valid fixture, built once so that its list of published URLs exists.
    func publishedSite() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-urls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Self.fixture, to: content)
        try? FileManager.default.removeItem(at: content.appendingPathComponent(PublishedURLList.fileName))
        let first = build(content)
        #expect(first.succeeded, "\(first.diagnostics)")
        return content
    }

    func build(_ content: URL, retire: [String] = [], drafts: Bool = false) -> BuildUpdate {
        BuildSession.build(BuildOptions(content: content.path, templates: Self.templates,
                                        output: content.deletingLastPathComponent().appendingPathComponent("Site").path,
                                        includeDrafts: drafts, search: false, remembersURLs: true, retire: retire))
    }

    func text(_ url: URL, _ path: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    func site(_ content: URL) -> URL { content.deletingLastPathComponent().appendingPathComponent("Site") }

    /// Renames the card `flexibel-leren` everywhere it is named.
    func rename(_ content: URL, alias: Bool) throws {
        let cards = content.appendingPathComponent("cards")
        var card = try text(cards, "flexibel-leren.md")
        if alias { card = card.replacingOccurrences(of: "related:", with: "aliases: [/kaarten/flexibel-leren/]\nrelated:") }
        try card.write(to: cards.appendingPathComponent("flexibel-en-kort.md"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: cards.appendingPathComponent("flexibel-leren.md"))
        for file in ["swot/matrix.md", "cards/geen-tijd.md", "conclusions/tijd-is-schaars.md"] {
            let changed = try text(content, file).replacingOccurrences(of: "card:flexibel-leren", with: "card:flexibel-en-kort")
            try changed.write(to: content.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
    }

    @Test func theFirstBuildWritesTheListAndTheNextChangesNothing() throws {
        let content = try publishedSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let list = try text(content, PublishedURLList.fileName)
        let lines = list.split(separator: "\n").map(String.init)
        #expect(lines == lines.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(lines.contains("/kaarten/flexibel-leren/") && lines.contains("/over/") && lines.contains("/404.html"))
        #expect(!lines.contains("/") && !lines.contains { $0.contains("/pagina/") })
        let again = build(content)
        #expect(again.succeeded)
        #expect(again.urlsRemembered == nil)
    }

    /// The preview checks the list on every run, and keeps a check that found nothing only
    /// while the jobs and the list stay the same: an edit to either is checked again.
    @Test func thePreviewChecksTheListAgainWhenTheListOrTheJobsChange() throws {
        let content = try publishedSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let session = BuildSession(options: BuildOptions(content: content.path, templates: Self.templates, search: false),
                                   output: .inPlace(content.deletingLastPathComponent().appendingPathComponent("Preview"), marked: true))
        #expect(session.rebuild().succeeded)
        let card = content.appendingPathComponent("cards/geen-tijd.md")
        try (text(content, "cards/geen-tijd.md") + "\nEen zin.\n").write(to: card, atomically: true, encoding: .utf8)
        #expect(session.rebuild().succeeded)
        let file = content.appendingPathComponent(PublishedURLList.fileName)
        let list = try text(content, PublishedURLList.fileName)
        try (list + "/kaarten/weg/\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(session.rebuild().diagnostics.map(\.code) == [.urlDropped])
        try list.write(to: file, atomically: true, encoding: .utf8)
        #expect(session.rebuild().succeeded)
        try rename(content, alias: false)
        #expect(session.rebuild().diagnostics.map(\.code) == [.urlDropped])
    }

    @Test func aRenamedItemWithoutAnAliasFailsTheBuild() throws {
        let content = try publishedSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = try text(site(content), "kaarten/flexibel-leren/index.html")
        try rename(content, alias: false)
        let result = build(content)
        #expect(!result.succeeded)
        let list = try text(content, PublishedURLList.fileName)
        let line = list.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "/kaarten/flexibel-leren/").map { $0 + 1 }
        #expect(result.diagnostics.map(\.description) == [
            "\(content.path)/published-urls.txt:\(line ?? 0):1: error: '/kaarten/flexibel-leren/' was published before, but this build no longer makes it (it was the card 'flexibel-leren'; if \(content.path)/cards/flexibel-en-kort.md is that renamed, add \"aliases: [/kaarten/flexibel-leren/]\" to it; to withdraw the URL on purpose, build once with --retire /kaarten/flexibel-leren/)"])
        #expect(result.diagnostics.map { $0.message(in: .nl) } == [
            "'/kaarten/flexibel-leren/' is eerder gepubliceerd, maar deze build maakt die pagina niet meer"])
        // Nothing changed: the old site and the list stay.
        #expect(try text(site(content), "kaarten/flexibel-leren/index.html") == before)
        #expect(try text(content, PublishedURLList.fileName) == list)
    }

    @Test func anAliasKeepsTheOldURLWorking() throws {
        let content = try publishedSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try rename(content, alias: true)
        let result = build(content)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(result.urlsRemembered?.added == 1)
        let page = try text(site(content), "kaarten/flexibel-leren/index.html")
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=/kaarten/flexibel-en-kort/\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://test.example.nl/kaarten/flexibel-en-kort/\">"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<p>Wat hier stond, staat nu op: <a href=\"/kaarten/flexibel-en-kort/\">Flexibel leren</a>.</p>"))
        #expect(try text(site(content), "_redirects").contains("\n/kaarten/flexibel-leren/ /kaarten/flexibel-en-kort/ 301\n"))
        #expect(try text(site(content), "_deploy/nginx.conf").contains(
            "\nlocation = /kaarten/flexibel-leren/ { return 301 /kaarten/flexibel-en-kort/; }\n"))
        // The redirect page is not a page of its own.
        #expect(!(try text(site(content), "sitemap.xml")).contains("/kaarten/flexibel-leren/"))
    }

    @Test func aRetiredURLGetsAGonePageAndStaysRemembered() throws {
        let content = try publishedSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try rename(content, alias: false)
        let result = build(content, retire: ["/kaarten/flexibel-leren"])
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(result.urlsRemembered.map { [$0.added, $0.withdrawn] } == [1, 1])
        #expect(try text(content, PublishedURLList.fileName).contains("\n/kaarten/flexibel-leren/ gone\n"))
        let page = try text(site(content), "kaarten/flexibel-leren/index.html")
        #expect(page.contains("<h1>Deze pagina is ingetrokken</h1>"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(try text(site(content), "_deploy/nginx.conf").contains(
            "location = /kaarten/flexibel-leren/ {\n    error_page 410 /kaarten/flexibel-leren/index.html;\n    return 410;\n}"))
        // Later builds keep the page without being asked again.
        #expect(build(content).succeeded)
        #expect(FileManager.default.fileExists(atPath: site(content).appendingPathComponent("kaarten/flexibel-leren/index.html").path))
    }

    @Test func retiringAURLThatWasNeverPublishedOrIsStillMadeIsAnError() throws {
        let content = try publishedSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let unknown = build(content, retire: ["/kaarten/nooit/"])
        #expect(unknown.diagnostics.map(\.description) == [
            "\(content.path)/published-urls.txt:1:1: error: --retire /kaarten/nooit/: this site has never published that URL (only URLs listed in \(content.path)/published-urls.txt can be retired)"])
        let live = build(content, retire: ["/kaarten/geen-tijd/"])
        #expect(live.diagnostics.map { $0.message(in: .en) } == [
            "--retire /kaarten/geen-tijd/: the site still makes that page (card:geen-tijd)"])
    }

    @Test func anAliasMayNotBeAPageOrAnotherItemsAlias() throws {
        let content = try publishedSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        for (file, aliases) in [("cards/flexibel-leren.md", "[/kaarten/geen-tijd/, /oud/, /assets/oud/]"), ("cards/geen-tijd.md", "[/oud]")] {
            let changed = try text(content, file).replacingOccurrences(of: "title:", with: "aliases: \(aliases)\ntitle:")
            try changed.write(to: content.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        let result = build(content)
        #expect(result.diagnostics.map(\.description) == [
            "\(content.path)/cards/flexibel-leren.md:2:11: error: the old URL '/kaarten/geen-tijd/' is a page of this site: card:geen-tijd (remove it from 'aliases'; an old URL cannot be a page that exists)",
            "\(content.path)/cards/flexibel-leren.md:2:39: error: the old URL '/assets/oud/' is a page of this site: /assets/ (remove it from 'aliases'; an old URL cannot be a page that exists)",
            "\(content.path)/cards/geen-tijd.md:2:11: error: the old URL '/oud/' is also an alias of card 'flexibel-leren'"])
    }

    @Test func anAliasThatDiffersOnlyInCaseIsAWarning() throws {
        let content = try publishedSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        for (file, aliases) in [("cards/flexibel-leren.md", "[/Kaarten/Geen-Tijd/, /Oud/]"), ("cards/geen-tijd.md", "[/oud/]")] {
            let changed = try text(content, file).replacingOccurrences(of: "title:", with: "aliases: \(aliases)\ntitle:")
            try changed.write(to: content.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        let result = build(content)
        #expect(result.diagnostics.map(\.description) == [
            "\(content.path)/cards/flexibel-leren.md:2:11: warning: the old URL '/Kaarten/Geen-Tijd/' differs from '/kaarten/geen-tijd/' only in case: on a file system that ignores case (macOS, Windows) they are one file, and one overwrites the other",
            "\(content.path)/cards/geen-tijd.md:2:11: warning: the old URL '/oud/' differs from '/Oud/' only in case: on a file system that ignores case (macOS, Windows) they are one file, and one overwrites the other"])
        #expect(result.succeeded)
    }

    @Test func aBuildWithDraftsRemembersNothing() throws {
        let content = try publishedSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = try text(content, PublishedURLList.fileName)
        let card = try text(content, "cards/geen-tijd.md").replacingOccurrences(of: "title:", with: "draft: true\ntitle:")
        try card.replacingOccurrences(of: "geen-tijd", with: "concept")
            .write(to: content.appendingPathComponent("cards/concept.md"), atomically: true, encoding: .utf8)
        #expect(build(content, drafts: true).succeeded)
        #expect(try text(content, PublishedURLList.fileName) == before)
    }

    @Test func aMalformedLineIsReportedAtItsLine() {
        var diagnostics: [Diagnostic] = []
        let list = PublishedURLList.parse("/a/\n\nkaarten/b/\n/c/ gone\n/d/ weg\n", file: "Content/published-urls.txt", diagnostics: &diagnostics)
        #expect(diagnostics.map(\.description) == [
            "Content/published-urls.txt:3:1: error: not a published URL: 'kaarten/b/' (one URL a line, starting with '/'; a withdrawn one ends with ' gone')",
            "Content/published-urls.txt:5:1: error: not a published URL: '/d/ weg' (one URL a line, starting with '/'; a withdrawn one ends with ' gone')"])
        #expect(list.gone == ["/c/"])
        #expect(list.text == "/a/\n/c/ gone\n")
    }

    @Test(arguments: [("/oud", "/oud/"), ("/oud/", "/oud/"), ("/oud.html", "/oud.html"), ("/a/b%20c/", "/a/b%20c/")])
    func aliasesHaveOneSpelling(_ written: String, _ normalized: String) {
        #expect(Alias.normalized(written) == normalized)
    }

    @Test(arguments: ["/", "oud/", "/a//b/", "/a/../b/", "/a b/", "/a?b=c", "/a#b", "//evil.example/"])
    func notEveryTextIsAnAlias(_ written: String) {
        #expect(Alias.normalized(written) == nil)
    }
}
