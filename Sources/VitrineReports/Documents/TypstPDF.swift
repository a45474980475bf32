import Foundation
import VitrineContent

/// A report's Markdown as a tagged PDF/UA-1 PDF: Pandoc 3 writes it as Typst with the templates
/// in `Templates/typst/` (report.typst, the filter vitrine.lua, the design vitrine.typ, which
/// takes its colours from `Templates/assets/site.css`), and Typst compiles that. What goes wrong
/// is said in Vitrine's words, at the report definition's section the part comes from, or at the
/// template's line.
public struct TypstPDF: Sendable {
    public let tools: ReportTools
    /// The templates folder as the user gave it (`Templates`).
    public let templates: String

    public init(tools: ReportTools, templates: String) {
        self.tools = tools
        self.templates = templates
    }

    /// The template files a PDF is made with, relative to the templates folder.
    public static let templateFiles = ["typst/report.typst", "typst/vitrine.lua", "typst/vitrine.typ", "assets/site.css"]

    /// Converts `markdown` (a file in `folder`, its charts beside it) into `pdf` in the same folder.
    public func convert(markdown: String, pdf: String, in folder: String, sources: ReportSourceMap) -> Result<ConvertedDocument, ConversionFailure> {
        let root = URL(fileURLWithPath: templates).standardizedFileURL
        for file in Self.templateFiles.dropLast() where !FileManager.default.fileExists(atPath: root.appendingPathComponent(file).path) {
            return .failure(ConversionFailure(.document, [.error("the PDF's template '\(file)' is missing from '\(templates)'",
                                                                 at: SourceLocation(file: "\(templates)/\(file)"))]))
        }
        guard let typst = tools.typst else {
            return .failure(ConversionFailure(.tool, [.error("Typst is not installed; \(ReportTools.installHint)", at: SourceLocation(file: sources.file))]))
        }
        let source = "." + (pdf.hasSuffix(".pdf") ? String(pdf.dropLast(4)) : pdf) + ".typ"
        let sourcePath = URL(fileURLWithPath: folder).appendingPathComponent(source).path
        defer { try? FileManager.default.removeItem(atPath: sourcePath) }

        // Pandoc: Markdown to Typst.
        let pandocArguments = [markdown, "--from=markdown", "--to=typst", "--standalone",
                               "--template=\(root.appendingPathComponent("typst/report.typst").path)",
                               "--lua-filter=\(root.appendingPathComponent("typst/vitrine.lua").path)",
                               "--variable=vitrine:\(root.appendingPathComponent("typst/vitrine.typ").path)",
                               "--output=\(source)"]
        let markdownText = (try? String(contentsOfFile: URL(fileURLWithPath: folder).appendingPathComponent(markdown).path, encoding: .utf8)) ?? ""
        var warnings: [Diagnostic] = []
        switch ToolRun.run(tools.pandoc, pandocArguments, in: folder) {
        case .failure(let failure):
            return .failure(ConversionFailure(.tool, [.error("could not start Pandoc (\(failure.executable)): \(failure.reason)",
                                                             at: SourceLocation(file: sources.file))]))
        case .success(let run):
            warnings += PandocMessages.warnings(in: run.errors, markdown: markdownText, sources: sources)
            if run.status != 0 {
                return .failure(ConversionFailure(.document, warnings + [PandocMessages.failure(run, markdown: markdownText,
                                                                                                sources: sources, templates: templates)]))
            }
        }

        // Typst: the PDF.
        var arguments = [source, pdf]
        let stylesheet = root.appendingPathComponent("assets/site.css").path
        if FileManager.default.fileExists(atPath: stylesheet) { arguments += ["--input", "stylesheet=\(stylesheet)"] }
        let run: ToolRun
        switch ToolRun.run(typst, arguments, in: folder) {
        case .failure(let failure):
            return .failure(ConversionFailure(.tool, [.error("could not start Typst (\(failure.executable)): \(failure.reason)",
                                                             at: SourceLocation(file: sources.file))]))
        case .success(let made): run = made
        }
        let lastLine = run.output.split(separator: "\n").last.map(String.init) ?? ""
        guard let answer = try? JSONDecoder().decode(TypstAnswer.self, from: Data(lastLine.utf8)) else {
            let said = run.errors.split(separator: "\n").last.map { ": \($0)" } ?? ""
            return .failure(ConversionFailure(.tool, [.error("Typst (\(typst)) stopped with exit status \(run.status) and no answer\(said)",
                                                             at: SourceLocation(file: sources.file))]))
        }
        let typstText = (try? String(contentsOfFile: sourcePath, encoding: .utf8)) ?? ""
        let problems = answer.problems.map { diagnostic(for: $0, folder: folder, source: source, typstText: typstText, sources: sources) }
        warnings += problems.filter { $0.severity == .warning }
        guard run.status == 0, answer.pdf != nil else {
            let errors = problems.filter { $0.severity == .error }
            return .failure(ConversionFailure(.document, warnings + (errors.isEmpty
                ? [.error("Typst made no PDF (exit status \(run.status))", at: SourceLocation(file: sources.file))] : errors)))
        }
        return .success(ConvertedDocument(file: pdf, bytes: answer.bytes ?? 0, pages: answer.pages, warnings: warnings))
    }

    /// A Typst problem at its place: in the generated file, the definition's section it comes
    /// from; in a template, the template's line; elsewhere, the definition.
    func diagnostic(for problem: TypstAnswer.Problem, folder: String, source: String, typstText: String,
                    sources: ReportSourceMap) -> Diagnostic {
        let severity: Severity = problem.severity == "warning" ? .warning : .error
        var message = TypstMessages.words(problem.message, hints: problem.hints)
        var location = SourceLocation(file: sources.file)
        if let file = problem.file, let line = problem.line {
            let path = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: folder, isDirectory: true)).standardizedFileURL.path
            let root = URL(fileURLWithPath: templates).standardizedFileURL.path + "/"
            if path.hasSuffix("/" + source) {
                let place = sources.place(ofLine: line, in: typstText, format: .typst)
                location = place.location
                message += " (\(place.part))"
            } else if path.hasPrefix(root) {
                location = SourceLocation(file: "\(templates)/\(path.dropFirst(root.count))", line: line, column: problem.column ?? 1)
            }
        }
        return Diagnostic(severity, message, at: location)
    }
}
