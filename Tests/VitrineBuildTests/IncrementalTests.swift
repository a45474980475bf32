import Foundation
import Testing
@testable import VitrineContent
@testable import VitrineBuild
@testable import VitrineSite

/// The preview's incremental rebuilds: for each kind of edit, exactly the affected pages are
/// rendered again, only files whose bytes change are written, and the result equals a full
/// build byte for byte.
@Suite(.serialized) struct IncrementalTests {
    let root: URL
    let content: URL
    let templates: URL
    let session: BuildSession
    let output: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-incremental-\(UUID().uuidString)")
        content = root.appendingPathComponent("Content")
        templates = root.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SiteBuildTests.fixture, to: content)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: SiteBuildTests.templates), to: templates)
        output = root.appendingPathComponent("Preview")
        session = BuildSession(options: BuildOptions(content: content.path, templates: templates.path, search: false),
                               output: .inPlace(output, marked: true))
    }

    func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            let url = folder.appendingPathComponent(path)
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files[path] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = content.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        try change(text).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Applies an edit, rebuilds, and checks writes and the full-build equality; returns the rendered paths.
    func rebuild(after change: () throws -> Void) throws -> Set<String> {
        let before = snapshot(output)
        try change()
        let update = session.rebuild()
        #expect(update.diagnostics.filter { $0.severity == .error }.isEmpty)
        let after = snapshot(output)
        let changed = Set(after.keys.filter { before[$0] != after[$0] })
        #expect(Set(update.written) == changed)
        #expect(Set(update.deleted) == Set(before.keys).subtracting(after.keys))
        let full = root.appendingPathComponent("Full-\(UUID().uuidString)")
        let result = BuildSession.build(BuildOptions(content: content.path, templates: templates.path,
                                                           output: full.path, search: false))
        #expect(result.succeeded)
        let fullFiles = snapshot(full)
        let differing = Set(fullFiles.keys).union(after.keys).filter { fullFiles[$0] != after[$0] }.sorted()
        #expect(differing.isEmpty, "incremental output differs from a full build in \(differing)")
        return Set(update.rendered)
    }

    /// A full build is a session's first run with an empty cache: the same bytes (the helper compares).
    @Test func aSessionsFirstRunEqualsAFullBuild() throws {
        let rendered = try rebuild {}
        #expect(rendered.count == 27)
    }

    /// An alias added, its item renamed in its title, the alias removed: the redirect page and the
    /// servers' files follow, and each run equals a full build.
    @Test func aliasesComeFollowAndGo() throws {
        _ = session.rebuild()
        let added = try rebuild { try edit("cards/geen-tijd.md") { $0.replacingOccurrences(of: "title:", with: "aliases: [/oud/]\ntitle:") } }
        #expect(added.contains("/oud/"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("oud/index.html").path))
        let retitled = try rebuild { try edit("cards/geen-tijd.md") { $0.replacingOccurrences(of: "title: ", with: "title: Nieuw, ") } }
        #expect(retitled.contains("/oud/"))
        _ = try rebuild { try edit("cards/geen-tijd.md") { $0.replacingOccurrences(of: "aliases: [/oud/]\n", with: "") } }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("oud/index.html").path))
    }

    /// The open data and the citations follow every edit (the helper compares with a full
    /// build): a table's cell, a table added, a publication's fields, a card's publication.
    @Test func dataFilesFollowEdits() throws {
        _ = session.rebuild()
        _ = try rebuild { try edit("factsheets/cijfers.md") { $0.replacingOccurrences(of: "[15-25, 20.5, 18]", with: "[15-25, 21.5, 18]") } }
        _ = try rebuild {
            try edit("factsheets/cijfers.md") {
                $0.replacingOccurrences(of: "    chart: bar\n", with: "    chart: bar\n  - caption: Twee\n    columns: [A, B]\n    rows:\n      - [x, 1]\n")
            }
        }
        _ = try rebuild { try edit("publications/rapport.md") { $0.replacingOccurrences(of: "publisher: Bureau", with: "publisher: Ander bureau\nnumber: \"7\"") } }
        _ = try rebuild { try edit("publications/rapport.md") { $0.replacingOccurrences(of: "title: Een rapport", with: "title: Het rapport") } }
    }

    @Test func bodyEditRendersOnlyThatPage() throws {
        _ = session.rebuild()
        let rendered = try rebuild { try edit("cards/geen-tijd.md") { $0 + "\nEen extra zin.\n" } }
        #expect(rendered == ["/kaarten/geen-tijd/"])
    }

    /// The open data lists each item's links: a body edit that keeps them leaves it as it was
    /// (only the dossier that shows the body is made again); one that adds a link renders it
    /// again, as the helper's comparison with a full build shows.
    @Test func bodyEditRendersTheOpenDataOnlyWhenItsLinksChange() throws {
        _ = session.rebuild()
        try edit("cards/geen-tijd.md") { $0 + "\nNog een zin.\n" }
        let kept = session.rebuild()
        #expect(kept.rendered == ["/kaarten/geen-tijd/"] && kept.renderedFiles == ["rapporten/dossier.md"])
        _ = try rebuild { try edit("cards/geen-tijd.md") { $0 + "\nZie ook [de conclusie](conclusion:tijd-is-schaars).\n" } }
        let items = try String(contentsOf: output.appendingPathComponent("api/items.json"), encoding: .utf8)
        #expect(items.contains("\"referencesOut\":[\"publication:rapport\",\"card:flexibel-leren\",\"conclusion:tijd-is-schaars\"]"))
    }

    @Test func titleEditRendersEveryPageShowingTheTitle() throws {
        _ = session.rebuild()
        let rendered = try rebuild { try edit("cards/geen-tijd.md") { $0.replacingOccurrences(of: "title: Geen tijd", with: "title: Te weinig tijd") } }
        #expect(rendered == ["/", "/kaarten/", "/kaarten/geen-tijd/", "/kaarten/flexibel-leren/", "/conclusies/tijd-is-schaars/",
                             "/publicaties/rapport/", "/soorten/belemmering/", "/themas/scholing/", "/doelgroepen/flexwerkers/"])
    }

    @Test func taxonomyLabelRendersPagesThatShowTerms() throws {
        _ = session.rebuild()
        let rendered = try rebuild { try edit("taxonomies.yml") { $0.replacingOccurrences(of: "label: Scholing", with: "label: Scholing en leren") } }
        #expect(!rendered.contains("/404.html") && !rendered.contains("/zoeken/") && !rendered.contains("/over/"))
        #expect(rendered.isSuperset(of: ["/", "/kaarten/geen-tijd/", "/themas/", "/themas/scholing/", "/kaarten/"]))
    }

    @Test func templateEditRendersThePagesUsingIt() throws {
        _ = session.rebuild()
        let rendered = try rebuild {
            let url = templates.appendingPathComponent("partials/source.mustache")
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "<p class=\"source\">", with: "<p class=\"source bron\">").write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(rendered == ["/kaarten/geen-tijd/", "/kaarten/flexibel-leren/", "/conclusies/tijd-is-schaars/",
                             "/factsheets/cijfers/", "/swot/matrix/"])
    }

    @Test func newDeletedAndRenamedItems() throws {
        _ = session.rebuild()
        let card = content.appendingPathComponent("cards/nieuw.md")
        let added = try rebuild {
            try "---\ntitle: Nieuw\nsummary: Een nieuwe kaart.\npublication: rapport\nkind: belemmering\nthemes: [werkgevers]\nrelated: [card:geen-tijd]\n---\n"
                .write(to: card, atomically: true, encoding: .utf8)
        }
        #expect(added == ["/", "/kaarten/", "/kaarten/nieuw/", "/kaarten/geen-tijd/", "/publicaties/rapport/",
                          "/soorten/", "/soorten/belemmering/", "/themas/", "/themas/werkgevers/"])
        let deleted = try rebuild { try FileManager.default.removeItem(at: card) }
        #expect(deleted == ["/", "/kaarten/", "/kaarten/geen-tijd/", "/publicaties/rapport/",
                            "/soorten/", "/soorten/belemmering/", "/themas/", "/themas/werkgevers/"])
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("kaarten/nieuw/index.html").path))
        let renamed = try rebuild {
            try FileManager.default.moveItem(at: content.appendingPathComponent("swot/matrix.md"),
                                             to: content.appendingPathComponent("swot/matrix-2.md"))
        }
        #expect(renamed.contains("/swot/matrix-2/") && renamed.contains("/swot/") && renamed.contains("/kaarten/flexibel-leren/"))
        #expect(!renamed.contains("/kaarten/geen-tijd/"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("swot/matrix/index.html").path))
    }

    @Test func anErrorKeepsTheLastGoodSite() throws {
        _ = session.rebuild()
        let before = snapshot(output)
        try edit("cards/geen-tijd.md") { $0.replacingOccurrences(of: "themes: [scholing]", with: "themes: [scholng]") }
        let update = session.rebuild()
        #expect(update.diagnostics.map(\.description).contains { $0.hasSuffix("cards/geen-tijd.md:7:10: error: unknown theme 'scholng' (did you mean 'scholing'?)") })
        #expect(update.written.isEmpty)
        #expect(snapshot(output) == before)
        try edit("cards/geen-tijd.md") { $0.replacingOccurrences(of: "themes: [scholng]", with: "themes: [scholing]") }
        #expect(session.rebuild().succeeded)
    }

    /// With the watcher's list of changed files, only those are read again; an error in a
    /// file saved earlier still blocks the rebuild until it is fixed.
    @Test func changedPathsFromTheWatcher() throws {
        _ = session.rebuild()
        let card = content.appendingPathComponent("cards/geen-tijd.md").path
        let other = content.appendingPathComponent("cards/flexibel-leren.md").path
        try edit("cards/geen-tijd.md") { $0.replacingOccurrences(of: "title: Geen tijd", with: "title: Weinig tijd") }
        let first = session.rebuild(changedPaths: [card])
        #expect(first.succeeded)
        #expect(first.rendered.contains("/kaarten/geen-tijd/"))
        #expect(try String(contentsOf: output.appendingPathComponent("kaarten/geen-tijd/index.html"), encoding: .utf8)
            .contains("<h1>Weinig tijd</h1>"))

        try edit("cards/geen-tijd.md") { $0.replacingOccurrences(of: "themes: [scholing]", with: "themes: [scholng]") }
        #expect(!session.rebuild(changedPaths: [card]).succeeded)
        try edit("cards/flexibel-leren.md") { $0 + "\nNog een zin.\n" }
        let second = session.rebuild(changedPaths: [other])
        #expect(!second.succeeded, "the earlier, still broken save must not be forgotten")
        try edit("cards/geen-tijd.md") { $0.replacingOccurrences(of: "themes: [scholng]", with: "themes: [scholing]") }
        let third = session.rebuild(changedPaths: [card])
        #expect(third.succeeded)
        #expect(Set(third.rendered).isSuperset(of: ["/kaarten/flexibel-leren/"]))
        let full = root.appendingPathComponent("Full-paths")
        #expect(BuildSession.build(BuildOptions(content: content.path, templates: templates.path,
                                                      output: full.path, search: false)).succeeded)
        #expect(snapshot(full) == snapshot(output))
    }

    /// Publishing a draft adds it to the link lists of the pages that refer to it; removing a
    /// report definition removes its file.
    @Test func draftsAndReportsComeAndGo() throws {
        try "---\ntitle: Concept\nsummary: Nog niet af.\npublication: rapport\nkind: belemmering\nthemes: [scholing]\ndraft: true\n---\n"
            .write(to: content.appendingPathComponent("cards/concept.md"), atomically: true, encoding: .utf8)
        try edit("cards/flexibel-leren.md") { $0 + "\nZie ook [het concept](card:concept).\n" }
        _ = session.rebuild()
        let published = try rebuild { try edit("cards/concept.md") { $0.replacingOccurrences(of: "draft: true", with: "draft: false") } }
        #expect(published.isSuperset(of: ["/kaarten/concept/", "/kaarten/flexibel-leren/"]))
        let drafted = try rebuild { try edit("cards/concept.md") { $0.replacingOccurrences(of: "draft: false", with: "draft: true") } }
        #expect(drafted.contains("/kaarten/flexibel-leren/"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("rapporten/dossier.md").path))
        _ = try rebuild { try FileManager.default.removeItem(at: content.appendingPathComponent("reports/dossier.yml")) }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("rapporten/dossier.md").path))
    }

    /// On paginated lists a title edit can move items between pages; every page of every list
    /// that holds the item is brought up to date (the helper compares with a full build).
    @Test func paginatedListsFollowTitleEdits() throws {
        for number in 1...60 {
            let id = String(format: "kaart-%02d", number)
            try "---\ntitle: Kaart \(id)\nsummary: Nummer \(number).\npublication: rapport\nkind: belemmering\nthemes: [scholing]\n---\n"
                .write(to: content.appendingPathComponent("cards/\(id).md"), atomically: true, encoding: .utf8)
        }
        _ = session.rebuild()
        let rendered = try rebuild { try edit("cards/kaart-01.md") { $0.replacingOccurrences(of: "title: Kaart kaart-01", with: "title: Zz laatste") } }
        #expect(rendered.isSuperset(of: ["/kaarten/", "/kaarten/pagina/2/", "/themas/scholing/", "/themas/scholing/pagina/2/",
                                         "/publicaties/rapport/", "/publicaties/rapport/pagina/2/"]))
        #expect(!rendered.contains("/kaarten/kaart-30/"))
        let body = try rebuild { try edit("cards/kaart-02.md") { $0 + "\nMeer tekst.\n" } }
        #expect(body == ["/kaarten/kaart-02/"])
    }

    /// Tiles are rendered once by the tile renderer; a change to their template reaches every
    /// page that shows a tile.
    @Test func tileTemplateEditRendersPagesWithTiles() throws {
        _ = session.rebuild()
        let rendered = try rebuild {
            let url = templates.appendingPathComponent("partials/tile-body.mustache")
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "<h3 class=\"tile-title\">", with: "<h3 class=\"tile-title kop\">")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(rendered.isSuperset(of: ["/kaarten/", "/kaarten/geen-tijd/", "/themas/scholing/"]))
        #expect(try String(contentsOf: output.appendingPathComponent("kaarten/index.html"), encoding: .utf8)
            .contains("<h3 class=\"tile-title kop\">"))
    }
}
