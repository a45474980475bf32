import Foundation
import VitrineContent
import VitrineReports

/// `vitrine report <id>`: the pipeline with one report job, written into a folder of the
/// user's (nothing else there is touched), then, when asked, converted to PDF.
public enum ReportExport {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        /// The files written, relative to the output folder (the Markdown first).
        public var files: [String]
        /// Problems of the PDF conversion, in Vitrine's words; warnings of a PDF that was made.
        public var pdfProblem: String?
        public var pdfWarnings: [String] = []
        public var pdf: String?
        public var succeeded: Bool { !diagnostics.hasErrors && pdfProblem == nil }
    }

    public static func run(id: String, options: BuildOptions, folder: String, pdf: Bool) -> Result {
        let output = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            return Result(diagnostics: [.error("cannot write the report to '\(folder)': \(error.localizedDescription)",
                                               at: SourceLocation(file: folder))], files: [])
        }
        let session = BuildSession(options: options, output: .inPlace(output, marked: false), scope: .report(id), keepsState: false)
        let update = session.rebuild()
        let markdown = ReportJob(id: id, folder: "").output
        var result = Result(diagnostics: update.diagnostics, files: [markdown] + update.written.filter { $0 != markdown }.sorted())
        guard update.succeeded else { return Result(diagnostics: update.diagnostics, files: []) }
        guard pdf else { return result }
        let charts = result.files.count > 1
        switch PandocPDF.locate(needsSVG: charts) {
        case .failure(let problem): result.pdfProblem = "\(problem)"
        case .success(let pandoc):
            let name = "\(id).pdf"
            switch pandoc.convert(markdown: markdown, pdf: name, in: folder) {
            case .failure(let problem): result.pdfProblem = "\(problem)"
            case .success(let warnings):
                result.pdfWarnings = warnings
                result.pdf = name
            }
        }
        return result
    }
}
