import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import VitrineContent
import VitrineServe
import VitrineBuild

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serves a live preview on 127.0.0.1 that rebuilds on every change and reloads the browser.")

    @OptionGroup var folders: SiteFolders

    @Option(help: "The port on 127.0.0.1 (0 picks a free one).")
    var port = 8000

    @Option(help: ArgumentHelp("Folder for the served files (default: a temporary folder, removed at exit).", visibility: .hidden))
    var output: String?

    func run() async throws {
        // A private folder (mkdtemp, mode 0700) that no other user can prepare in advance.
        var template = Array((FileManager.default.temporaryDirectory.path + "/vitrine-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw ValidationError(DiagnosticCatalog.of(folders.language).render(.phrase("preview-no-folder")))
        }
        let temporary = URL(fileURLWithPath: String(cString: made))
        let output = self.output.map { URL(fileURLWithPath: $0) } ?? temporary
        defer { try? FileManager.default.removeItem(at: temporary) }
        let server = PreviewServer(
            options: BuildOptions(content: folders.content, templates: folders.templates, output: output.path,
                                      includeDrafts: folders.drafts, search: false),
            port: port, output: output, language: folders.language,
            log: { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            })
        // Said once: the PDFs take seconds each, so only `vitrine build` makes them.
        let said = DiagnosticCatalog.of(folders.language).render(.phrase("status.preview-without-pdfs"))
        FileHandle.standardError.write(Data((said + "\n").utf8))
        try await server.run()
    }
}
