import ArgumentParser
import Foundation
import VitrineContent
import VitrineBuild

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Loads and validates the content; prints every problem with its file, line and column.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "The templates folder, checked with the content when it exists (default: Templates).")
    var templates: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let folder = templates ?? "Templates"
        let checked = templates != nil || FileManager.default.fileExists(atPath: folder) ? folder : nil
        let result = ContentCheck.run(content: content, templates: checked)
        let diagnostics = result.diagnostics
        let report = DiagnosticReport(diagnostics: diagnostics, itemCount: result.itemCount)
        switch format {
        case .text: print(report.text(), terminator: "")
        case .json: print(report.json())
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
