import Foundation
import VitrineContent
import VitrineTheme

/// A report's Markdown as a tagged PDF/UA-1 PDF: Pandoc 3 writes it as Typst with the theme's
/// `typst/` files (report.typst, the filter vitrine.lua, the design vitrine.typ, which takes its
/// colours from the theme's `assets/site.css`), written out for the tools (`ThemeCopy`), and
/// Typst compiles that. What goes wrong
/// is said in Vitrine's words, at the report definition's section the part comes from, or at the
/// template's line.
public struct TypstPDF: Sendable {
    public let tools: ReportTools
    /// The theme's files written out, with `templateFiles` among them.
    public let theme: ThemeCopy

    public init(tools: ReportTools, theme: ThemeCopy) {
        self.tools = tools
        self.theme = theme
    }

    /// The theme files a PDF is made with.
    public static let templateFiles = ["typst/report.typst", "typst/vitrine.lua", "typst/vitrine.typ", "assets/site.css"]

    /// Converts `markdown` (a file in `folder`, its charts beside it) into `pdf` in the same folder.
    public func convert(markdown: String, pdf: String, in folder: String, sources: ReportSourceMap) -> Result<ConvertedDocument, ConversionFailure> {
        var paths: [String: String] = [:]
        for file in Self.templateFiles {
            guard let url = theme.url(file) else {
                if file.hasPrefix("assets/") { continue }
                return .failure(ConversionFailure(.document, [.error(.missingPDFTemplate, ["file": .value(file)],
                                                                     at: SourceLocation(file: theme.display(of: file)))]))
            }
            paths[file] = url.path
        }
        guard let typst = tools.typst else {
            return .failure(ConversionFailure(.tool, [.error(.typstNotInstalled, ["install": ReportTools.installHint], at: SourceLocation(file: sources.file))]))
        }
        let source = "." + (pdf.hasSuffix(".pdf") ? String(pdf.dropLast(4)) : pdf) + ".typ"
        let sourcePath = URL(fileURLWithPath: folder).appendingPathComponent(source).path
        defer { try? FileManager.default.removeItem(atPath: sourcePath) }

        // Pandoc: Markdown to Typst.
        let pandocArguments = [markdown, "--from=markdown", "--to=typst", "--standalone",
                               "--template=\(paths["typst/report.typst"] ?? "")",
                               "--lua-filter=\(paths["typst/vitrine.lua"] ?? "")",
                               "--variable=vitrine:\(paths["typst/vitrine.typ"] ?? "")",
                               "--output=\(source)"]
        let markdownText = (try? String(contentsOfFile: URL(fileURLWithPath: folder).appendingPathComponent(markdown).path, encoding: .utf8)) ?? ""
        var warnings: [Diagnostic] = []
        switch ToolRun.run(tools.pandoc, pandocArguments, in: folder) {
        case .failure(let failure):
            return .failure(ConversionFailure(.tool, [.error(.cannotStartTool, ["tool": .value("Pandoc"), "executable": .value(failure.executable),
                                                                               "reason": .value(failure.reason)],
                                                             at: SourceLocation(file: sources.file))]))
        case .success(let run):
            warnings += PandocMessages.warnings(in: run.errors, markdown: markdownText, sources: sources)
            if run.status != 0 {
                return .failure(ConversionFailure(.document, warnings + [PandocMessages.failure(run, markdown: markdownText,
                                                                                                sources: sources, templates: theme.display(of: "typst/report.typst"))]))
            }
        }

        // Typst: the PDF.
        var arguments = [source, pdf]
        if let stylesheet = paths["assets/site.css"] { arguments += ["--input", "stylesheet=\(stylesheet)"] }
        let run: ToolRun
        switch ToolRun.run(typst, arguments, in: folder) {
        case .failure(let failure):
            return .failure(ConversionFailure(.tool, [.error(.cannotStartTool, ["tool": .value("Typst"), "executable": .value(failure.executable),
                                                                               "reason": .value(failure.reason)],
                                                             at: SourceLocation(file: sources.file))]))
        case .success(let made): run = made
        }
        let lastLine = run.output.split(separator: "\n").last.map(String.init) ?? ""
        guard let answer = try? JSONDecoder().decode(TypstAnswer.self, from: Data(lastLine.utf8)) else {
            let arguments: [String: DiagnosticText] = ["executable": .value(typst), "status": .value(String(run.status))]
            let said = run.errors.split(separator: "\n").last.map(String.init)
            return .failure(ConversionFailure(.tool, [.error(said == nil ? .typstNoAnswer : .typstNoAnswerSaying,
                                                             arguments.merging(["said": .value(said ?? "")]) { own, _ in own },
                                                             at: SourceLocation(file: sources.file))]))
        }
        let typstText = (try? String(contentsOfFile: sourcePath, encoding: .utf8)) ?? ""
        let problems = answer.problems.map { diagnostic(for: $0, folder: folder, source: source, typstText: typstText, sources: sources) }
        warnings += problems.filter { $0.severity == .warning }
        guard run.status == 0, answer.pdf != nil else {
            let errors = problems.filter { $0.severity == .error }
            return .failure(ConversionFailure(.document, warnings + (errors.isEmpty
                ? [.error(.typstNoPDF, ["status": .value(String(run.status))], at: SourceLocation(file: sources.file))] : errors)))
        }
        return .success(ConvertedDocument(file: pdf, bytes: answer.bytes ?? 0, pages: answer.pages, warnings: warnings))
    }

    /// A Typst problem at its place: in the generated file, the definition's section it comes
    /// from; in a template, the template's line; elsewhere, the definition.
    func diagnostic(for problem: TypstAnswer.Problem, folder: String, source: String, typstText: String,
                    sources: ReportSourceMap) -> Diagnostic {
        let severity: Severity = problem.severity == "warning" ? .warning : .error
        let message = TypstMessages.words(problem.message, hints: problem.hints)
        var place = DiagnosticText.value("")
        var location = SourceLocation(file: sources.file)
        if let file = problem.file, let line = problem.line {
            let path = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: folder, isDirectory: true)).standardizedFileURL.path
            if path.hasSuffix("/" + source) {
                let found = sources.place(ofLine: line, in: typstText, format: .typst)
                location = found.location
                place = .phrase("in-part", ["part": found.part])
            } else if let file = theme.display(ofAbsolutePath: path) {
                location = SourceLocation(file: file, line: line, column: problem.column ?? 1)
            }
        }
        return Diagnostic(severity, .typstProblem, ["problem": message, "place": place], at: location)
    }
}
