import ArgumentParser
import Foundation
import VitrineContent

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Loads and validates the content; prints every problem with its file, line and column.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let result = ContentLoader(directory: content).load()
        let report = DiagnosticReport(diagnostics: result.diagnostics, itemCount: result.graph?.itemCount)
        switch format {
        case .text: print(report.text(), terminator: "")
        case .json: print(report.json())
        }
        if result.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
