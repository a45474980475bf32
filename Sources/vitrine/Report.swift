import ArgumentParser
import Foundation
import VitrineBuild
import VitrineContent

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes one printable report as Pandoc Markdown (and, with --pdf and --docx, as a PDF and a Word file).")

    @Argument(help: "The report's id: the name of its file in Content/reports/ without .yml.")
    var id: String

    @OptionGroup var folders: SiteFolders

    @Option(help: "The folder the report (<id>.md, its charts, <id>.pdf, <id>.docx) is written to.")
    var output = "."

    @Flag(help: "Also make <id>.pdf, a tagged PDF/UA-1 PDF (Pandoc 3 and Typst, which `make venv` installs).")
    var pdf = false

    @Flag(help: "Also make <id>.docx, a Word file (Pandoc 3, with Templates/docx/reference.docx).")
    var docx = false

    func run() throws {
        let options = BuildOptions(content: folders.content, templates: folders.templates, output: output,
                                   includeDrafts: folders.drafts, search: false)
        let result = ReportExport.run(id: id, options: options, folder: output, pdf: pdf, docx: docx)
        let language = folders.language
        for diagnostic in result.diagnostics.sortedForDisplay() { say(diagnostic.localized(to: language)) }
        let errors = result.diagnostics.errorCount
        let counted = DiagnosticText.counted("summary.errors", errors)
        guard !result.files.isEmpty else {
            say(DiagnosticCatalog.of(language).render(.phrase("report-not-written", ["errors": counted])))
            throw ExitCode(1)
        }
        let catalog = DiagnosticCatalog.of(language)
        let written = ["\(output)/\(id).md"] + result.documents.map { document in
            let bytes = DiagnosticText.value(String(document.bytes))
            let size = document.pages.map { DiagnosticText.phrase("status.document.pages", ["pages": .counted("status.pages", $0), "bytes": bytes]) }
                ?? .phrase("status.document", ["bytes": bytes])
            return catalog.render(.phrase("status.document.file", ["file": .value("\(output)/\(document.file)"), "size": size]))
        }
        print(catalog.render(.phrase("status.report", ["files": .value(written.joined(separator: ", ")),
                                                       "charts": .counted("status.charts", result.files.count - 1)])))
        if errors > 0 {
            say(DiagnosticCatalog.of(language).render(.phrase("report-incomplete", ["errors": counted])))
            throw ExitCode(1)
        }
    }

    private func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
