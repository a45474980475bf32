import ArgumentParser
import Foundation
import VitrineServe
import VitrineSite

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serves a live preview on 127.0.0.1 that rebuilds on every change and reloads the browser.")

    @OptionGroup var folders: SiteFolders

    @Option(help: "The port on 127.0.0.1 (0 picks a free one).")
    var port = 8000

    @Option(help: ArgumentHelp("Folder for the served files (default: a temporary folder, removed at exit).", visibility: .hidden))
    var output: String?

    func run() async throws {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("vitrine-serve-\(ProcessInfo.processInfo.processIdentifier)")
        let output = self.output.map { URL(fileURLWithPath: $0) } ?? temporary
        defer { if self.output == nil { try? FileManager.default.removeItem(at: temporary) } }
        let server = PreviewServer(
            options: SiteBuildOptions(content: folders.content, templates: folders.templates, output: output.path,
                                      includeDrafts: folders.drafts, search: false),
            port: port, output: output,
            log: { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            })
        try await server.run()
    }
}
