import ArgumentParser
import Foundation
import VitrineContent
import VitrineTheme
import VitrineBuild

/// `vitrine init DIR`.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Creates a new site that builds at once: content with one example of every item type, a README and a .gitignore.",
        discussion: "Then: cd DIR && vitrine build (or vitrine serve for a live preview).")

    @Argument(help: "The folder of the new site; it must be new or empty.")
    var folder: String

    @Option(help: "The site's language: nl or en.")
    var language = "nl"

    func run() throws {
        // The new site's language is the language of what init says.
        let messages = DiagnosticLanguage(rawValue: language) ?? .fallback
        switch SiteInit.run(into: folder, language: language) {
        case .success(let paths):
            print(DiagnosticCatalog.of(messages).render(.phrase("status.new-site", [
                "folder": .value(folder), "files": .counted("status.files", paths.count),
                "command": .value("cd \(folder) && vitrine build"),
            ])))
        case .failure(let failure):
            for diagnostic in failure.diagnostics {
                FileHandle.standardError.write(Data("\(diagnostic.localized(to: messages))\n".utf8))
            }
            throw ExitCode(1)
        }
    }
}
