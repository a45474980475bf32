import ArgumentParser
import Foundation
import VitrineContent
import VitrineTheme

/// `vitrine theme export DIR`.
struct ThemeExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes the built-in theme into a new folder, to start a theme of your own.",
        discussion: """
            Keep only the files you change in your site's Templates/ folder (beside Content/): \
            every file it lacks comes from the built-in theme.
            """)

    @Argument(help: "The folder to write; it must be new or empty.")
    var folder: String

    @Flag(help: "Replace the folder even when it holds files.")
    var force = false

    @OptionGroup var messages: DiagnosticLanguageOption

    func run() throws {
        // Run in a site's folder: its Content/site.yml names the language.
        let language = messages.language(content: "Content")
        switch ThemeExport.run(to: folder, force: force) {
        case .success(let paths):
            print(DiagnosticCatalog.of(language).render(.phrase("status.theme-exported", [
                "files": .counted("status.theme-files", paths.count), "folder": .value(folder),
            ])))
        case .failure(let failure):
            for diagnostic in failure.diagnostics {
                FileHandle.standardError.write(Data("\(diagnostic.localized(to: language))\n".utf8))
            }
            throw ExitCode(1)
        }
    }
}
