import VitrineContent
import VitrineTemplates

/// Renders report jobs: the composed Markdown and its attachments as output files.
public struct ReportRenderer: Sendable {
    public let graph: ContentGraph
    public let templates: TemplateLibrary
    public let siteURL: @Sendable (ReferenceTarget) -> String

    public init(graph: ContentGraph, templates: TemplateLibrary, siteURL: @escaping @Sendable (ReferenceTarget) -> String) {
        self.graph = graph
        self.templates = templates
        self.siteURL = siteURL
    }

    /// Every report definition, in id order.
    public static func jobs(for graph: ContentGraph, folder: String) -> [ReportJob] {
        graph.reports.map { ReportJob(id: $0.id, folder: folder) }.sorted { $0.id < $1.id }
    }

    /// The report's files and warnings, or its errors.
    public func render(_ job: ReportJob, recorder: DependencyRecorder?) -> Result<(files: [OutputFile], warnings: [Diagnostic]), DiagnosticList> {
        let composer = ReportComposer(graph: graph, templates: templates, siteURL: siteURL)
        do {
            let document: ReportDocument
            if let report = graph.report(job.id) {
                document = try composer.markdown(for: report, recorder: recorder)
            } else {
                document = try composer.markdown(forReport: job.id)
            }
            let files = [OutputFile(path: job.output, text: document.markdown)]
                + document.attachments.map { OutputFile(path: job.path(of: $0.name), bytes: Array($0.data)) }
            return .success((files, document.diagnostics))
        } catch {
            return .failure(error)
        }
    }
}
