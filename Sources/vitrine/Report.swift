import ArgumentParser
import Foundation
import VitrineBuild
import VitrineContent

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes one printable report as Pandoc Markdown (and, with --pdf, as a PDF).")

    @Argument(help: "The report's id: the name of its file in Content/reports/ without .yml.")
    var id: String

    @OptionGroup var folders: SiteFolders

    @Option(help: "The folder the report (<id>.md, its charts, <id>.pdf) is written to.")
    var output = "."

    @Flag(help: "Also make <id>.pdf with Pandoc and pdfLaTeX.")
    var pdf = false

    func run() throws {
        let options = BuildOptions(content: folders.content, templates: folders.templates, output: output,
                                   includeDrafts: folders.drafts, search: false)
        let result = ReportExport.run(id: id, options: options, folder: output, pdf: pdf)
        let errors = result.diagnostics.filter { $0.severity == .error }
        let shown = errors.isEmpty ? result.diagnostics : errors
        for diagnostic in shown.sortedForDisplay() { say("\(diagnostic)") }
        guard errors.isEmpty else {
            say("report not written: \(errors.count) errors (run `vitrine check` for all details)")
            throw ExitCode(1)
        }
        let written = "\(output)/\(id).md"
        let charts = result.files.count - 1
        if let problem = result.pdfProblem {
            say("\(written): error: no PDF: \(problem)")
            throw ExitCode(1)
        }
        guard let pdfName = result.pdf else {
            print("\(written) written (\(charts) charts)")
            return
        }
        for warning in result.pdfWarnings { say("\(output)/\(pdfName): warning: \(warning)") }
        print("\(written) and \(output)/\(pdfName) written (\(charts) charts)")
    }

    private func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
