import Foundation
import Testing
import VitrineBuild
import VitrineContent
import VitrineReports
import VitrineTheme

/// `vitrine init`: the starter site of each language checks without a warning, builds and
/// reports (to PDF when the tools of `make venv` are there); a folder with files is refused.
@Suite(.serialized) struct StarterSiteTests {
    @Test(arguments: ["nl", "en"]) func aNewSiteChecksCleanBuildsAndReports(language: String) throws {
        let root = try Folder.temporary("init-\(language)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("mijn-site")
        let written = try StarterSite.run(into: site.path, language: language).get()
        #expect(written.contains(".gitignore") && written.contains("README.md") && written.contains("Content/site.yml"))
        let content = site.appendingPathComponent("Content").path
        let check = ContentCheck.run(content: content, templates: nil)
        #expect(check.diagnostics.isEmpty, "\(check.diagnostics)")
        #expect(check.itemCount == 8)
        #expect(check.siteThemeFiles.isEmpty)
        let config = try String(contentsOf: site.appendingPathComponent("Content/site.yml"), encoding: .utf8)
        #expect(config.contains("\nlanguage: \(language)\n"))

        let build = BuildSession.build(BuildOptions(content: content, output: site.appendingPathComponent("Site").path, search: false))
        #expect(build.succeeded && build.diagnostics.isEmpty, "\(build.diagnostics)")
        #expect(build.pagesRendered > 20)

        // The PDF too when `make venv` installed the tools (swift test runs in the repository).
        let pdf = [".venv/bin/pandoc", ".venv/bin/vitrine-typst"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
        let report = ReportExport.run(id: "dossier", options: BuildOptions(content: content, search: false),
                                      folder: site.appendingPathComponent("Rapporten").path, pdf: pdf)
        #expect(report.succeeded && report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.files.first == "dossier.md")
        if pdf {
            #expect(report.documents.map(\.file) == ["dossier.pdf"])
            #expect((report.documents.first?.pages ?? 0) >= 3)
        }
    }

    @Test func everyStarterSiteHasTheSameFiles() throws {
        #expect(StarterSite.available == ["en", "nl"])
        let dutch = try #require(StarterSite.files(language: "nl")).keys
        let english = try #require(StarterSite.files(language: "en")).keys
        #expect(dutch.count == english.count && dutch.count == 13)
        // The same folders with the same number of files; the names are in the site's language.
        func folders(_ paths: Dictionary<String, [UInt8]>.Keys) -> [String] {
            paths.map { ($0 as NSString).deletingLastPathComponent }.sorted()
        }
        #expect(folders(dutch) == folders(english))
    }

    @Test func aFolderWithFilesIsRefused() throws {
        let root = try Folder.temporary("init-occupied")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("bestaand").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("notities".utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("notities.txt"))
        guard case .failure(let refused) = StarterSite.run(into: folder, language: "nl") else {
            Issue.record("a folder with files was written into")
            return
        }
        #expect(refused.diagnostics.map(\.description) == [
            "\(folder):1:1: error: '\(folder)' is not empty; start the site in a new folder: vitrine init <new-folder>"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notities.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["bestaand"])
        // An empty folder is fine.
        let empty = root.appendingPathComponent("leeg").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(try StarterSite.run(into: empty, language: "en").get().count == 13)
        guard case .failure(let unknown) = StarterSite.run(into: root.appendingPathComponent("duits").path, language: "de") else {
            Issue.record("a site in an unknown language was made")
            return
        }
        #expect(unknown.diagnostics.map(\.description) == [
            "\(root.path)/duits:1:1: error: there is no starter site in language 'de' (choose one of: en, nl)"])
    }
}
