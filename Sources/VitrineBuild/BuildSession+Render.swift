import VitrineContent
import VitrineReports
import VitrineSite
import VitrineTemplates

/// What rendering one job gave: the files it handed to the sink, what its views read, and
/// its problems.
struct RenderedJob: Sendable {
    var key: String
    /// Where the job is in the plan.
    var position: Int
    /// The URL path, for a page.
    var page: String?
    var files: [String] = []
    /// How many files the job handed over (also when `files` is not kept).
    var fileCount = 0
    var written: [String] = []
    var dependencies: Set<Dependency> = []
    var diagnostics: [Diagnostic] = []
}

extension BuildSession {
    /// Render: every job on all cores, each file handed to the sink as soon as it is made, so
    /// no more than a few pages are held at once.
    /// `search`, when this run builds the search index, receives each item page's record.
    func render(_ work: PlannedWork, of plan: BuildPlan, published graph: ContentGraph, templates: LoadedTemplates,
                into sink: any OutputSink, search: SearchIndexer?) -> [RenderedJob] {
        let baseURL = graph.site.baseURL
        let site = SiteRenderer(graph: graph, templates: templates.library, assets: templates.assets.names, tiles: templates.tiles,
                                searchAvailable: search != nil)
        let reports = ReportRenderer(graph: graph, templates: templates.library) {
            URLScheme.absolute(URLScheme.path($0), baseURL: baseURL)
        }
        let record = keepsState
        let jobs = plan.jobs
        return parallelMap(Array(work.positions.enumerated())) { position, index -> RenderedJob in
            let job = jobs[index]
            let recorder = record ? DependencyRecorder() : nil
            var result = RenderedJob(key: plan.keys[index], position: index, page: job.pagePath)
            var files: [OutputFile] = []
            switch job {
            case .site(let siteJob):
                switch site.render(siteJob, recorder: recorder) {
                case .success(let rendered):
                    files = [rendered.file]
                    if let record = rendered.searchRecord { search?.add(record, at: position) } else { search?.skip(position) }
                case .failure(let diagnostic):
                    result.diagnostics.append(diagnostic)
                    search?.skip(position)
                }
            case .report(let reportJob):
                search?.skip(position)
                switch reports.render(reportJob, recorder: recorder) {
                case .success(let made):
                    files = made.files
                    result.diagnostics += made.warnings
                case .failure(let problems): result.diagnostics += problems.diagnostics
                }
            }
            for file in files {
                guard let changed = sink.write(file, reportingTo: &result.diagnostics) else { continue }
                // A one-off build reports counts, not every path it wrote.
                if changed, record { result.written.append(file.path) }
                // What a one-off build wrote is not looked at again (its staging folder starts empty).
                if record { result.files.append(file.path) }
                result.fileCount += 1
            }
            result.dependencies = recorder?.dependencies ?? []
            return result
        }
    }

    /// Whether this run builds the search index: a full build of the site, asked for.
    var searchWanted: Bool {
        guard options.search, scope == .site, case .replace = output else { return false }
        return true
    }

    /// Starts Pagefind for this run; nil (with the reason as a warning) when it cannot.
    func startSearch(language: String, diagnostics: inout [Diagnostic]) -> SearchIndexer? {
        guard searchWanted else { return nil }
        switch SearchIndexer.start(configuration: SearchIndexConfiguration(forceLanguage: language)) {
        case .success(let indexer): return indexer
        case .failure(.notInstalled): return nil
        case .failure(let failure):
            diagnostics.append(.warning(.noSearchIndex, ["problem": failure.text], at: SourceLocation(file: options.output)))
            return nil
        }
    }
}

extension BuildJob {
    /// The URL path, for a page.
    var pagePath: String? {
        if case .site(let job) = self, case .page(let path, _, _) = job.kind { return path }
        return nil
    }
}
