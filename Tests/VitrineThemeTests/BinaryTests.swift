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
        #expect(made.status == 0 && made.output == "nieuwe site in mijn-site/ (24 bestanden); ga verder met: cd mijn-site && vitrine build\n", "\(made)")
        let site = root.appendingPathComponent("mijn-site")
        let check = try vitrine(["check", "--verbose"], in: site)
        #expect(check.status == 0)
        // The starter site is Dutch (`language: nl`), and so is the summary; --lang en overrides it.
        #expect(check.output == "0 fouten, 0 waarschuwingen in 8 onderdelen\nthema: ingebouwd; de site heeft geen eigen themabestanden\n")
        let english = try vitrine(["check", "--lang", "en"], in: site)
        #expect(english.status == 0 && english.output == "0 errors, 0 warnings in 8 items\n", "\(english)")
        let build = try vitrine(["build", "--no-search"], in: site)
        #expect(build.status == 0, "\(build)")
        // Dutch, with a decimal comma as on the site: "27 pagina's en 51 bestanden geschreven naar Site/ in 1,2 s; geen zoekindex (--no-search); ..."
        #expect(build.output.range(of: #"^27 pagina's en 51 bestanden geschreven naar Site/ in [0-9]+(,[0-9]{1,2})? s; geen zoekindex \(--no-search\); "#,
                                   options: .regularExpression) != nil, "\(build)")
        // The first build remembers the URLs it published, to be committed with the content.
        #expect(build.output.hasSuffix("\nContent/published-urls.txt: 26 URL's toegevoegd aan de gepubliceerde URL's (commit het met de inhoud)\n"), "\(build)")
        let inEnglish = try vitrine(["build", "--no-search", "--no-pdf", "--lang", "en"], in: site)
        #expect(inEnglish.output.range(of: #"^27 pages, 51 files written to Site/ in [0-9]+(\.[0-9]{1,2})? s; no search index \(--no-search\); no PDFs \(--no-pdf\)\n$"#,
                                       options: .regularExpression) != nil, "\(inEnglish)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("Site/kaarten/geen-tijd-om-te-leren/index.html").path))
        let report = try vitrine(["report", "dossier", "--output", "Rapporten"], in: site)
        #expect(report.status == 0 && report.output == "Rapporten/dossier.md geschreven (1 grafiek)\n", "\(report)")

        let again = try vitrine(["init", "mijn-site"], in: root)
        #expect(again.status == 1)
        #expect(again.errors == "mijn-site:1:1: error: 'mijn-site' is niet leeg; begin de site in een nieuwe map: vitrine init <new-folder>\n")
        let englishInit = try vitrine(["init", "mijn-site", "--language", "en"], in: root)
        #expect(englishInit.errors == "mijn-site:1:1: error: 'mijn-site' is not empty; start the site in a new folder: vitrine init <new-folder>\n")

        // An exported theme beside the content is the site's own: check names the file it keeps changed.
        let export = try vitrine(["theme", "export", "Templates"], in: site)
        #expect(export.status == 0 && export.output == "61 themabestanden geschreven naar Templates/\n")
        let templates = site.appendingPathComponent("Templates")
        for path in try Folder.files(templates).keys where path != "html/card.mustache" {
            try FileManager.default.removeItem(at: templates.appendingPathComponent(path))
        }
        let overridden = try vitrine(["check", "--verbose"], in: site)
        #expect(overridden.output == """
            0 fouten, 0 waarschuwingen in 8 onderdelen
            thema: Templates/html/card.mustache vervangt <built-in>/html/card.mustache
            thema: 1 eigen bestand van de site; de rest is ingebouwd

            """, "\(overridden)")
        let checkedInEnglish = try vitrine(["check", "--verbose", "--lang", "en"], in: site)
        #expect(checkedInEnglish.output == """
            0 errors, 0 warnings in 8 items
            theme: Templates/html/card.mustache overrides <built-in>/html/card.mustache
            theme: 1 of the site's own files; the others are built in

            """, "\(checkedInEnglish)")
    }

    /// Diagnostics follow site.yml's language, `--lang` overrides it, and without a site.yml they are English.
    @Test func diagnosticsInTheSitesLanguage() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "no \(Self.binary.path): run swift build --build-tests")
        let root = try Folder.temporary("binary-language")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try vitrine(["init", "mijn-site"], in: root)
        let site = root.appendingPathComponent("mijn-site")
        let card = site.appendingPathComponent("Content/cards/geen-tijd-om-te-leren.md")
        let text = try String(contentsOf: card, encoding: .utf8)
        try text.replacingOccurrences(of: "\nkind: belemmering\n", with: "\nkind: belemering\n").write(to: card, atomically: true, encoding: .utf8)

        let dutch = try vitrine(["check"], in: site)
        #expect(dutch.status == 1)
        #expect(dutch.output == """
            Content/cards/geen-tijd-om-te-leren.md:11:7: error: onbekende soort 'belemering' (bedoelde je 'belemmering'?)
            1 fout, 0 waarschuwingen in 8 onderdelen

            """, "\(dutch)")
        let english = try vitrine(["check", "--lang", "en"], in: site)
        #expect(english.output == """
            Content/cards/geen-tijd-om-te-leren.md:11:7: error: unknown kind 'belemering' (did you mean 'belemmering'?)
            1 error, 0 warnings in 8 items

            """, "\(english)")
        let json = try vitrine(["check", "--format", "json"], in: site)
        #expect(json.output.contains("\"code\" : \"unknown-term\","), "\(json)")
        #expect(json.output.contains("\"message\" : \"onbekende soort 'belemering'\","), "\(json)")
        let build = try vitrine(["build", "--no-search", "--no-pdf"], in: site)
        #expect(build.status == 1)
        #expect(build.errors == """
            Content/cards/geen-tijd-om-te-leren.md:11:7: error: onbekende soort 'belemering' (bedoelde je 'belemmering'?)
            bouwen mislukt: 1 fout; 'Site' is niet gewijzigd

            """, "\(build)")
        let englishBuild = try vitrine(["build", "--no-search", "--no-pdf", "--lang", "en"], in: site)
        #expect(englishBuild.errors.hasSuffix("\nbuild failed: 1 error; 'Site' is unchanged\n"), "\(englishBuild)")

        try FileManager.default.removeItem(at: site.appendingPathComponent("Content/site.yml"))
        let fallback = try vitrine(["check"], in: site)
        #expect(fallback.output == """
            Content/site.yml:1:1: error: missing site.yml (every site needs a title, description and baseURL)
            1 error, 0 warnings

            """, "\(fallback)")
        let asked = try vitrine(["check", "--lang", "nl"], in: site)
        #expect(asked.output == """
            Content/site.yml:1:1: error: site.yml ontbreekt (elke site heeft een 'title', 'description' en 'baseURL' nodig)
            1 fout, 0 waarschuwingen

            """, "\(asked)")
    }
}
