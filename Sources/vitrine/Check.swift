import ArgumentParser
import Foundation
import VitrineContent
import VitrineSite

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
        let result = ContentLoader(directory: content).load()
        var diagnostics = result.diagnostics
        let folder = templates ?? "Templates"
        if let graph = result.graph, templates != nil || FileManager.default.fileExists(atPath: folder) {
            diagnostics += SiteChecks.check(graph: graph, templatesDirectory: folder)
        }
        let report = DiagnosticReport(diagnostics: diagnostics, itemCount: result.graph?.itemCount)
        switch format {
        case .text: print(report.text(), terminator: "")
        case .json: print(report.json())
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
