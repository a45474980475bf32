import Foundation
import VitrineContent
import VitrineReports
import VitrineTheme

/// `vitrine report <id>`: the pipeline with one report job, written into a folder of the
/// user's (nothing else there is touched), then, when asked, converted to PDF (Pandoc 3 and
/// Typst) and to Word (Pandoc).
public enum ReportExport {
    public struct Result: Sendable {
        /// The report's diagnostics, and those of the conversions (at the report definition's
        /// section or the template's line they come from).
        public var diagnostics: [Diagnostic]
        /// The files written, relative to the output folder (the Markdown first).
        public var files: [String]
        /// The PDF and Word files made.
        public var documents: [ConvertedDocument] = []
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    public static func run(id: String, options: BuildOptions, folder: String, pdf: Bool, docx: Bool = false) -> Result {
        let output = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            return Result(diagnostics: [.error(.cannotWriteReport, ["folder": .value(folder), "reason": .value(error.localizedDescription)],
                                               at: SourceLocation(file: folder))], files: [])
        }
        // The session keeps its state: the conversions place their problems with the report definition.
        let session = BuildSession(options: options, output: .inPlace(output, marked: false), scope: .report(id), keepsState: true)
        let update = session.rebuild()
        let markdown = ReportJob(id: id, folder: "").output
        var result = Result(diagnostics: update.diagnostics, files: [markdown] + update.written.filter { $0 != markdown }.sorted())
        guard update.succeeded else { return Result(diagnostics: update.diagnostics, files: []) }
        guard pdf || docx, let report = session.state?.graph.report(id), let theme = session.state?.templates.theme else { return result }
        let sources = ReportSourceMap(report: report)
        switch ReportTools.locate(for: pdf ? .pdf : .docx) {
        case .failure(let missing):
            let asked = DiagnosticText.phrase(pdf && docx ? "asked.pdf-and-docx" : pdf ? "asked.pdf" : "asked.docx")
            result.diagnostics.append(.error(pdf ? .noPDFTools : .noWordTools, ["asked": asked, "missing": missing.text],
                                             at: SourceLocation(file: report.file)))
        case .success(let tools):
            // The tools read files: the theme's, written out for them and removed after.
            let copy: ThemeCopy
            do {
                copy = try ThemeCopy(theme, paths: TypstPDF.templateFiles + [PandocDOCX.referenceDocument])
            } catch {
                result.diagnostics.append(.error(.cannotWriteToolFiles, ["reason": .value(error.localizedDescription)],
                                                 at: SourceLocation(file: report.file)))
                return result
            }
            defer { copy.remove() }
            var made: [Swift.Result<ConvertedDocument, ConversionFailure>] = []
            if pdf { made.append(TypstPDF(tools: tools, theme: copy).convert(markdown: markdown, pdf: "\(id).pdf", in: folder, sources: sources)) }
            if docx { made.append(PandocDOCX(tools: tools, theme: copy).convert(markdown: markdown, docx: "\(id).docx", in: folder, sources: sources)) }
            for conversion in made {
                switch conversion {
                case .success(let document):
                    result.documents.append(document)
                    result.diagnostics += document.warnings
                case .failure(let failure):
                    result.diagnostics += failure.diagnostics
                }
            }
        }
        return result
    }
}
