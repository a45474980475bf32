import ArgumentParser
import Foundation
import VitrineContent
import VitrineReports
import VitrineSite
import VitrineTemplates

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
        let loaded = ContentLoader(directory: folders.content).load()
        let problems = loaded.diagnostics.filter { $0.severity == .error }.sortedForDisplay()
        for diagnostic in problems { say("\(diagnostic)") }
        guard var graph = loaded.graph, problems.isEmpty else {
            say("report not written: the content has \(problems.count) errors (run `vitrine check` for all details)")
            throw ExitCode(1)
        }
        if !folders.drafts { graph = graph.withoutDrafts() }
        let set: TemplateSet
        switch TemplateSet.load(directory: folders.templates, language: graph.site.language) {
        case .failure(let list):
            for diagnostic in list.diagnostics.sortedForDisplay() { say("\(diagnostic)") }
            throw ExitCode(1)
        case .success(let loadedSet): set = loadedSet
        }
        let baseURL = graph.site.baseURL
        let composer = ReportComposer(graph: graph, templates: set) { target in
            URLScheme.absolute(URLScheme.path(target), baseURL: baseURL)
        }
        let document: ReportDocument
        do {
            document = try composer.markdown(forReport: id)
        } catch {
            for diagnostic in error.diagnostics.sortedForDisplay() { say("\(diagnostic)") }
            throw ExitCode(1)
        }
        for diagnostic in document.diagnostics.sortedForDisplay() { say("\(diagnostic)") }

        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let markdownName = "\(id).md"
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(document.markdown.utf8).write(to: folder.appendingPathComponent(markdownName), options: .atomic)
            for attachment in document.attachments {
                try attachment.data.write(to: folder.appendingPathComponent(attachment.name), options: .atomic)
            }
        } catch {
            say("error: cannot write the report to '\(output)': \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let written = "\(output)/\(markdownName)"
        guard pdf else {
            print("\(written) written (\(document.attachments.count) charts)")
            return
        }
        let pandoc: PandocPDF
        switch PandocPDF.locate(needsSVG: !document.attachments.isEmpty) {
        case .failure(let problem):
            say("error: \(problem)")
            throw ExitCode(1)
        case .success(let found): pandoc = found
        }
        let pdfName = "\(id).pdf"
        switch pandoc.convert(markdown: markdownName, pdf: pdfName, in: output) {
        case .failure(let problem):
            say("\(written): error: no PDF: \(problem)")
            throw ExitCode(1)
        case .success(let warnings):
            for warning in warnings { say("\(output)/\(pdfName): warning: \(warning)") }
            print("\(written) and \(output)/\(pdfName) written (\(document.attachments.count) charts)")
        }
    }

    private func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
