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
        let report = DiagnosticReport(diagnostics: diagnostics, itemCount: result.itemCount,
                                      language: messages.language(content: content))
        switch format {
        case .text: print(report.text(), terminator: "")
        case .json: print(report.json())
        }
        if verbose {
            let lines = result.siteThemeFiles.map { file in
                if case .site(replacesBuiltIn: true) = file.origin {
                    return "theme: \(file.display) overrides \(BuiltInTheme.display)/\(file.path)"
                }
                return "theme: \(file.display) is the site's own (not in the built-in theme)"
            }
            let summary = result.siteThemeFiles.isEmpty ? "theme: built in; the site has no theme files of its own"
                : "theme: \(result.siteThemeFiles.count) of the site's own files; the others are built in"
            let text = (lines + [summary]).map { $0 + "\n" }.joined()
            // On standard error with `--format json`, so that standard output stays one JSON document.
            if format == .json { FileHandle.standardError.write(Data(text.utf8)) } else { print(text, terminator: "") }
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
