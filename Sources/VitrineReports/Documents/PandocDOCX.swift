import Foundation
import VitrineContent
import VitrineTheme

/// A report's Markdown as a Word file, through Pandoc with the reference document of ours
/// (the theme's `docx/reference.docx`, written out for Pandoc by `ThemeCopy`: the styles Title, Heading 1-3, Caption ... in the site's
/// font and colours; `scripts/make-reference-docx` made it). Tables stay tables, footnotes stay
/// footnotes, the SVG charts become images with their text alternative.
public struct PandocDOCX: Sendable {
    public let tools: ReportTools
    /// The theme's files written out, with `referenceDocument` among them.
    public let theme: ThemeCopy

    public static let referenceDocument = "docx/reference.docx"

    public init(tools: ReportTools, theme: ThemeCopy) {
        self.tools = tools
        self.theme = theme
    }

    public func convert(markdown: String, docx: String, in folder: String, sources: ReportSourceMap) -> Result<ConvertedDocument, ConversionFailure> {
        guard let reference = theme.url(Self.referenceDocument)?.path else {
            return .failure(ConversionFailure(.document, [.error(.missingReferenceDocument, ["file": .value(Self.referenceDocument)],
                                                                 at: SourceLocation(file: theme.display(of: Self.referenceDocument)),
                                                                 hint: .phrase("make-reference-docx"))]))
        }
        let arguments = [markdown, "--from=markdown", "--to=docx", "--reference-doc=\(reference)", "--resource-path=.",
                         "--output=\(docx)"]
        let markdownText = (try? String(contentsOfFile: URL(fileURLWithPath: folder).appendingPathComponent(markdown).path, encoding: .utf8)) ?? ""
        switch ToolRun.run(tools.pandoc, arguments, in: folder) {
        case .failure(let failure):
            return .failure(ConversionFailure(.tool, [.error(.cannotStartTool, ["tool": .value("Pandoc"), "executable": .value(failure.executable),
                                                                               "reason": .value(failure.reason)],
                                                             at: SourceLocation(file: sources.file))]))
        case .success(let run):
            let warnings = PandocMessages.warnings(in: run.errors, markdown: markdownText, sources: sources)
            guard run.status == 0 else {
                return .failure(ConversionFailure(.document, warnings + [PandocMessages.failure(run, markdown: markdownText,
                                                                                                sources: sources, templates: theme.display(of: "typst/report.typst"))]))
            }
            let path = URL(fileURLWithPath: folder).appendingPathComponent(docx).path
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return .success(ConvertedDocument(file: docx, bytes: size, pages: nil, warnings: warnings))
        }
    }
}
