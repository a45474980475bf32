import Foundation
import Testing

/// The `vitrine` binary alone, run from a folder that holds nothing of the repository: init,
/// check, build, report and theme export, with their exact output.
@Suite(.serialized) struct BinaryTests {
    /// `vitrine` beside the test bundle (`swift build --build-tests` builds both).
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vitrine")

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    func vitrine(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // Only the system's tools: the repository's .venv is not in reach from here.
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    @Test func nothingButTheBinary() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "no \(Self.binary.path): run swift build --build-tests")
        let root = try Folder.temporary("binary")
        defer { try? FileManager.default.removeItem(at: root) }
        let made = try vitrine(["init", "mijn-site"], in: root)
        #expect(made.status == 0 && made.output == "new site in mijn-site/ (24 files); next: cd mijn-site && vitrine build\n", "\(made)")
        let site = root.appendingPathComponent("mijn-site")
        let check = try vitrine(["check", "--verbose"], in: site)
        #expect(check.status == 0)
        #expect(check.output == "0 errors, 0 warnings in 8 items\ntheme: built in; the site has no theme files of its own\n")
        let build = try vitrine(["build", "--no-search"], in: site)
        #expect(build.status == 0, "\(build)")
        #expect(build.output.hasPrefix("27 pages, 41 files written to Site/ in "))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Site/kaarten/geen-tijd-om-te-leren/index.html").path))
        let report = try vitrine(["report", "dossier", "--output", "Rapporten"], in: site)
        #expect(report.status == 0 && report.output == "Rapporten/dossier.md written (1 charts)\n", "\(report)")

        let again = try vitrine(["init", "mijn-site"], in: root)
        #expect(again.status == 1)
        #expect(again.errors == "mijn-site:1:1: error: 'mijn-site' is not empty; start the site in a new folder: vitrine init <new-folder>\n")

        // An exported theme beside the content is the site's own: check names the file it keeps changed.
        let export = try vitrine(["theme", "export", "Templates"], in: site)
        #expect(export.status == 0 && export.output == "50 theme files written to Templates/\n")
        let templates = site.appendingPathComponent("Templates")
        for path in try Folder.files(templates).keys where path != "html/card.mustache" {
            try FileManager.default.removeItem(at: templates.appendingPathComponent(path))
        }
        let overridden = try vitrine(["check", "--verbose"], in: site)
        #expect(overridden.output == """
            0 errors, 0 warnings in 8 items
            theme: Templates/html/card.mustache overrides <built-in>/html/card.mustache
            theme: 1 of the site's own files; the others are built in

            """, "\(overridden)")
    }
}
