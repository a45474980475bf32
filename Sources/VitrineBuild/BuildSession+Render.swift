import VitrineContent
import VitrineReports
import VitrineSite
import VitrineTemplates

/// What rendering one job gave: the files it handed to the sink, what its views read, and
/// its problems.
struct RenderedJob: Sendable {
    var key: String
    /// The URL path, for a page.
    var page: String?
    var files: [String] = []
    var written: [String] = []
    var dependencies: Set<Dependency> = []
    var diagnostics: [Diagnostic] = []
}

extension BuildSession {
    /// Render: every job on all cores, each file handed to the sink as soon as it is made, so
    /// no more than a few pages are held at once.
    func render(_ jobs: [BuildJob], published graph: ContentGraph, templates: LoadedTemplates,
                into sink: any OutputSink) -> [RenderedJob] {
        let baseURL = graph.site.baseURL
        let site = SiteRenderer(graph: graph, templates: templates.library, assets: templates.assets.names, tiles: templates.tiles,
                                searchAvailable: searchAvailable)
        let reports = ReportRenderer(graph: graph, templates: templates.library) {
            URLScheme.absolute(URLScheme.path($0), baseURL: baseURL)
        }
        let record = keepsState
        return parallelMap(jobs) { job -> RenderedJob in
            let recorder = record ? DependencyRecorder() : nil
            var result = RenderedJob(key: job.key, page: job.pagePath)
            var files: [OutputFile] = []
            switch job {
            case .site(let siteJob):
                switch site.render(siteJob, recorder: recorder) {
                case .success(let file): files = [file]
                case .failure(let diagnostic): result.diagnostics.append(diagnostic)
                }
            case .report(let reportJob):
                switch reports.render(reportJob, recorder: recorder) {
                case .success(let made):
                    files = made.files
                    result.diagnostics += made.warnings
                case .failure(let problems): result.diagnostics += problems.diagnostics
                }
            }
            for file in files {
                do {
                    if try sink.write(file) { result.written.append(file.path) }
                    result.files.append(file.path)
                } catch {
                    result.diagnostics.append(.error("\(error)", at: SourceLocation(file: sink.target.path)))
                }
            }
            result.dependencies = recorder?.dependencies ?? []
            return result
        }
    }

    /// Whether pages offer the search interface: only when this run builds the index.
    var searchAvailable: Bool {
        guard options.search, scope == .site, case .replace = output else { return false }
        return Pagefind.locate() != nil
    }
}

extension BuildJob {
    /// The URL path, for a page.
    var pagePath: String? {
        if case .site(let job) = self, case .page(let path, _, _) = job.kind { return path }
        return nil
    }
}
