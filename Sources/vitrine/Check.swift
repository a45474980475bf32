import ArgumentParser
import Foundation
import VitrineContent
import VitrineBuild
import VitrineTheme

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Loads and validates the content; prints every problem with its file, line and column.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: ArgumentHelp(
        "The site's own templates folder, checked with the built-in theme it overrides file by file.",
        discussion: "Default: Templates/ beside the content folder when it exists, else the built-in theme alone."))
    var templates: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var messages: DiagnosticLanguageOption

    @Flag(help: "Also list the site's own theme files: which built-in ones they replace, and which they add.")
    var verbose = false

    func run() throws {
        let result = ContentCheck.run(content: content, templates: templates)
        let diagnostics = result.diagnostics
        let language = messages.language(content: content)
        let report = DiagnosticReport(diagnostics: diagnostics, itemCount: result.itemCount, language: language)
        switch format {
        case .text: print(report.text(), terminator: "")
        case .json: print(report.json())
        }
        if verbose {
            let lines = result.siteThemeFiles.map { file -> DiagnosticText in
                if case .site(replacesBuiltIn: true) = file.origin {
                    return .phrase("status.theme.overrides", ["file": .value(file.display),
                                                              "built-in": .value("\(BuiltInTheme.display)/\(file.path)")])
                }
                return .phrase("status.theme.own", ["file": .value(file.display)])
            }
            let summary: DiagnosticText = result.siteThemeFiles.isEmpty ? .phrase("status.theme.built-in")
                : .phrase("status.theme.some", ["files": .counted("status.own-files", result.siteThemeFiles.count)])
            let catalog = DiagnosticCatalog.of(language)
            let text = (lines + [summary]).map { catalog.render($0) + "\n" }.joined()
            // On standard error with `--format json`, so that standard output stays one JSON document.
            if format == .json { FileHandle.standardError.write(Data(text.utf8)) } else { print(text, terminator: "") }
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
