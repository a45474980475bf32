import Foundation
import VitrineContent
import VitrineMarkdown
import VitrineTemplates

/// Composes a report definition and the content graph into one Pandoc Markdown file, through
/// the templates under `Templates/markdown/`. Same graph and templates, same bytes.
public struct ReportComposer: Sendable {
    public let graph: ContentGraph
    public let templates: TemplateLibrary
    /// The absolute site URL of a reference, for references to things outside the report.
    public let siteURL: @Sendable (ReferenceTarget) -> String

    /// The template a report is rendered with; its partials live beside it.
    public static let template = "markdown/report"

    public init(graph: ContentGraph, templates: TemplateLibrary, siteURL: @escaping @Sendable (ReferenceTarget) -> String) {
        self.graph = graph
        self.templates = templates
        self.siteURL = siteURL
    }

    /// The report with this id, or an error naming the reports there are.
    public func markdown(forReport id: String) throws(DiagnosticList) -> ReportDocument {
        guard let report = graph.report(id) else {
            let hint = DiagnosticText.didYouMean(Suggestion.closest(to: id, among: graph.reports.map(\.id)))
                ?? (graph.reports.isEmpty ? .phrase("no-reports")
                    : .phrase("reports-are", ["reports": .value(graph.reports.map(\.id).joined(separator: ", "))]))
            throw DiagnosticList([.error(.unknownItem, ["unknown": .phrase("unknown.report"), "id": .value(id)],
                                         at: SourceLocation(file: "reports/\(id).yml"), hint: hint)])
        }
        return try markdown(for: report)
    }

    /// `recorder` learns what of the graph the report shows, for incremental rebuilds.
    public func markdown(for report: ReportDefinition, recorder: DependencyRecorder? = nil) throws(DiagnosticList) -> ReportDocument {
        guard templates.has(Self.template) else {
            throw DiagnosticList([.error(.templateNotFound, ["template": .value(Self.template)],
                                         at: SourceLocation(file: templates.file(of: Self.template)))])
        }
        recorder?.record(.reports)
        var composition = Composition(report: report, graph: TrackedGraph(graph: graph, recorder: recorder),
                                      templates: templates, siteURL: siteURL)
        let view = composition.view()
        let rendered: String
        do {
            rendered = try templates.render(view, template: Self.template)
        } catch {
            throw DiagnosticList(error.diagnostics)
        }
        if !composition.renderProblems.diagnostics.isEmpty { throw DiagnosticList(composition.renderProblems.diagnostics) }
        return ReportDocument(markdown: Self.tidy(rendered), attachments: composition.attachments,
                              diagnostics: composition.diagnostics)
    }

    /// Templates leave blank lines where optional parts are absent: at most one blank line in a
    /// row, no blank lines at the start, one newline at the end.
    static func tidy(_ text: String) -> String {
        // By bytes: a newline byte is never part of another character, and walking 25 MB of a
        // 10,000-item report by Characters took a seventh of its time.
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 1)
        var newlines = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A {
                newlines += 1
                continue
            }
            if newlines > 0 && !out.isEmpty { out += newlines >= 2 ? [0x0A, 0x0A] : [0x0A] }
            newlines = 0
            out.append(byte)
            // "\r\n" is one Character, kept as it is (as the Character walk did).
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A {
                out.append(0x0A)
                index += 1
            }
        }
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }
}
