import Foundation
import Testing
import VitrineBuild
import VitrineContent
import VitrineTheme

/// The built-in theme: the same bytes as the repository's Templates/, used when a site has
/// no templates folder, overridden file by file by the one it has, and written out by export.
@Suite(.serialized) struct ThemeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("Templates")
    static let fixture = repository.appendingPathComponent("Tests/VitrineContentTests/Fixtures/valid")

    @Test func theBuiltInThemeIsTheRepositorysTemplatesFolder() throws {
        let files = try Folder.files(Self.templates)
        #expect(files.count == 61)
        #expect(BuiltInTheme.paths == files.keys.sorted())
        #expect(BuiltInTheme.files == files)
    }

    @Test func exportWritesTheBuiltInThemeAndRefusesAFolderWithFilesUnlessForced() throws {
        let root = try Folder.temporary("export")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("mijn-thema").path
        #expect(try ThemeExport.run(to: folder, force: false).get().count == 61)
        #expect(try Folder.files(URL(fileURLWithPath: folder)) == Folder.files(Self.templates))
        try Data("eigen".utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("html/card.mustache"))
        guard case .failure(let refused) = ThemeExport.run(to: folder, force: false) else {
            Issue.record("a folder with files was overwritten")
            return
        }
        #expect(refused.diagnostics.map(\.description) == [
            "\(folder):1:1: error: '\(folder)' is not empty; export into a new folder, or replace it with: vitrine theme export \(folder) --force"])
        #expect(try Folder.files(URL(fileURLWithPath: folder))["html/card.mustache"] == Array("eigen".utf8))
        _ = try ThemeExport.run(to: folder, force: true).get()
        #expect(try Folder.files(URL(fileURLWithPath: folder)) == Folder.files(Self.templates))
        // Nothing is left beside the folder: the staging folder was renamed, the old one removed.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["mijn-thema"])
    }

    /// A folder holding only the shipped content: check, build and report use the built-in
    /// theme, and the site is the one built with `--templates Templates`, byte for byte.
    @Test func theShippedContentAloneBuildsTheSameSiteAsWithTheRepositorysTemplates() throws {
        let root = try Folder.temporary("content-only")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Content"), to: content)
        let check = ContentCheck.run(content: content.path, templates: nil)
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics.prefix(3))")
        #expect(check.siteThemeFiles.isEmpty)

        let builtIn = BuildSession.build(BuildOptions(content: content.path, output: root.appendingPathComponent("Site").path, search: false))
        #expect(builtIn.succeeded, "\(builtIn.diagnostics.prefix(3))")
        let withFolder = BuildSession.build(BuildOptions(content: content.path, templates: Self.templates.path,
                                                         output: root.appendingPathComponent("Site-templates").path, search: false))
        #expect(withFolder.succeeded)
        let site = try Folder.files(root.appendingPathComponent("Site"))
        #expect(site.count > 600)
        #expect(site == (try Folder.files(root.appendingPathComponent("Site-templates"))))

        let id = "belemmeringen-llo-2019"
        let report = ReportExport.run(id: id, options: BuildOptions(content: content.path, search: false),
                                      folder: root.appendingPathComponent("Report").path, pdf: false)
        #expect(report.succeeded && report.files.first == "\(id).md", "\(report.diagnostics.prefix(3))")
        let reportWithFolder = ReportExport.run(id: id, options: BuildOptions(content: content.path, templates: Self.templates.path, search: false),
                                                folder: root.appendingPathComponent("Report-templates").path, pdf: false)
        #expect(reportWithFolder.succeeded)
        #expect(try Folder.files(root.appendingPathComponent("Report")) == Folder.files(root.appendingPathComponent("Report-templates")))
    }

    /// A site whose Templates/ (beside its Content/) holds only html/card.mustache: the card
    /// pages change, nothing else does, and `check` names the file it overrides.
    @Test func anOverrideOfOneTemplateChangesJustThePagesItRenders() throws {
        let root = try Folder.temporary("override")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Self.fixture, to: content)
        let plain = BuildSession.build(BuildOptions(content: content.path, output: root.appendingPathComponent("Plain").path, search: false))
        #expect(plain.succeeded)

        let card = root.appendingPathComponent("Templates/html/card.mustache")
        try FileManager.default.createDirectory(at: card.deletingLastPathComponent(), withIntermediateDirectories: true)
        let original = try String(contentsOf: Self.templates.appendingPathComponent("html/card.mustache"), encoding: .utf8)
        try Data(original.replacingOccurrences(of: "{{$main}}", with: "{{$main}}<!-- eigen kaart -->").utf8).write(to: card)
        #expect(original.contains("{{$main}}"))
        let check = ContentCheck.run(content: content.path, templates: nil)
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics)")
        #expect(check.siteThemeFiles.map(\.display) == ["\(root.path)/Templates/html/card.mustache"])
        #expect(check.siteThemeFiles.map(\.origin) == [.site(replacesBuiltIn: true)])

        let custom = BuildSession.build(BuildOptions(content: content.path, output: root.appendingPathComponent("Custom").path, search: false))
        #expect(custom.succeeded, "\(custom.diagnostics)")
        let before = try Folder.files(root.appendingPathComponent("Plain"))
        let after = try Folder.files(root.appendingPathComponent("Custom"))
        #expect(before.keys.sorted() == after.keys.sorted())
        let changed = before.keys.filter { before[$0] != after[$0] }.sorted()
        #expect(changed == ["kaarten/flexibel-leren/index.html", "kaarten/geen-tijd/index.html"])
        for path in changed { #expect(String(decoding: after[path] ?? [], as: UTF8.self).contains("<!-- eigen kaart -->")) }

        // A mistake in the override is reported at the site's file; one in a built-in file would name <built-in>/...
        try Data(original.replacingOccurrences(of: "{{$main}}", with: "{{$main}}{{nergens}}").utf8).write(to: card)
        let broken = ContentCheck.run(content: content.path, templates: nil).diagnostics
        #expect(broken.count == 1 && broken.first?.location.file == "\(root.path)/Templates/html/card.mustache", "\(broken)")
        #expect(broken.first?.severity == .error)
    }

    @Test func aMissingTemplatesFolderGivenWithTemplatesIsAnError() throws {
        let check = ContentCheck.run(content: Self.fixture.path, templates: "/nergens/Templates")
        #expect(check.diagnostics.map(\.description) == [
            "/nergens/Templates:1:1: error: templates folder '/nergens/Templates' does not exist (leave out --templates to use the built-in theme, or `vitrine theme export /nergens/Templates` to start one)"])
        #expect(check.diagnostics.map { $0.localized(to: .nl) } == [
            "/nergens/Templates:1:1: error: de templatesmap '/nergens/Templates' bestaat niet (laat --templates weg om het ingebouwde thema te gebruiken, of begin een eigen thema met `vitrine theme export /nergens/Templates`)"])
    }

    @Test func theTemplatesFolderIsFoundBesideTheContent() {
        #expect(ThemeSource.resolve(templates: nil, content: Self.repository.appendingPathComponent("Content").path).folder
            == Self.templates.path)
        #expect(ThemeSource.resolve(templates: nil, content: Self.fixture.path).folder == nil)
        #expect(ThemeSource.resolve(templates: "Eigen/", content: "Content").folder == "Eigen")
    }
}
