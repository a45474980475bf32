import Foundation
import VitrineContent
import VitrineTheme
import VitrineReports
import VitrineSite
import VitrineTemplates

/// The build pipeline, one code path for every command: Load → Publish → Templates → Check →
/// Plan → Render → Emit. A session keeps what a run produced, so the next run (after a save,
/// in `vitrine serve`) reloads only changed files and renders only the jobs whose inputs
/// changed; a full build is a session's first run, with an empty cache.
public final class BuildSession: @unchecked Sendable {
    /// Where the files go.
    public enum Output: Sendable {
        /// A staging folder replaces the folder when the whole build succeeded (`vitrine build`).
        case replace(URL)
        /// Files are updated where they are, each atomically (`vitrine serve`); `marked: false`
        /// for a folder of the user's that Vitrine must not clean (`vitrine report`).
        case inPlace(URL, marked: Bool)
    }

    /// What the session builds.
    public enum Scope: Sendable, Equatable {
        /// The site with its reports.
        case site
        /// One report, into the output folder itself.
        case report(String)
    }

    public let options: BuildOptions
    public let output: Output
    public let scope: Scope
    /// Where the theme comes from, resolved once: the folder the watcher reports changes in.
    public let theme: ThemeSource
    /// False for a one-off build: nothing is kept for a next run, so nothing is recorded.
    let keepsState: Bool
    var state: SessionState?
    /// The published-URL list and its check as the last runs left them (only when keeping state).
    var urlMemo = URLCheckMemo()
    /// Content and template paths changed since the last successful run; nil when unknown.
    private var unapplied: Set<String>? = []
    private var inPlace: InPlaceSink?

    public init(options: BuildOptions, output: Output, scope: Scope = .site, keepsState: Bool = true) {
        self.options = options
        self.output = output
        self.scope = scope
        self.keepsState = keepsState
        theme = options.theme
    }

    /// A whole site build into `options.output`, as `vitrine build` does it.
    public static func build(_ options: BuildOptions) -> BuildUpdate {
        let session = BuildSession(options: options, output: .replace(URL(fileURLWithPath: options.output, isDirectory: true)),
                                   keepsState: false)
        return session.rebuild()
    }

    /// The folder the files end up in.
    public var target: URL {
        switch output {
        case .replace(let url), .inPlace(let url, _): url.standardizedFileURL
        }
    }

    /// Brings the output up to date. `changedPaths`, when a file watcher knows them, are the
    /// files that changed since the last run; without them every file is checked.
    public func rebuild(changedPaths: Set<String>? = nil) -> BuildUpdate {
        var update = BuildUpdate()
        let trace = PhaseTrace()
        defer { trace.finish() }
        // Changes a failed run did not apply still count.
        var changed = changedPaths.map { Set($0.map { URL(fileURLWithPath: $0).standardizedFileURL.path }) }
        if let pending = unapplied { changed?.formUnion(pending) } else { changed = nil }
        unapplied = changed
        let changes = ChangeSet(paths: changed, templatesRoot: theme.folderURL.map { $0.path + "/" })
        var sink: (any OutputSink)?
        do {
            var loaded = try load(changes, diagnostics: &update.diagnostics)
            trace.mark("load")
            let published = publish(loaded)
            let templates = try loadTemplates(for: published, changes: changes, diagnostics: &update.diagnostics)
            trace.mark("templates")
            try check(published, diagnostics: &update.diagnostics)
            let urls = try readPublishedURLs(diagnostics: &update.diagnostics)
            trace.mark("check")
            let changed = contentChanges(published, loaded: loaded, templates: templates)
            let plan = replan(published, templates, changes: changed, sameItems: loaded.sameItems,
                              gone: gonePaths(urls, graph: published))
            try checkURLs(plan, urls, graph: published, diagnostics: &update.diagnostics)
            // A one-off build needs no parse cache once the graph is built.
            if !keepsState { loaded.cache = ContentLoader.ParseCache() }
            let work = invalidate(plan, changes: changed, templates: templates)
            trace.mark("plan \(work.positions.count) of \(plan.plan.jobs.count)")
            let output = try makeSink()
            sink = output
            let search = startSearch(language: published.site.language, diagnostics: &update.diagnostics)
            var rendered = render(work, of: plan.plan, published: published, templates: templates, into: output, search: search)
            trace.mark("render")
            publishDocuments(&rendered, plan: plan.plan, published: published, templates: templates, into: output,
                             searchAvailable: search != nil, update: &update)
            trace.mark("documents")
            let emitted = try emit(rendered, plan: plan, into: output, search: search, update: &update)
            rememberURLs(urls, plan: plan.plan, update: &update)
            trace.mark("emit")
            if keepsState {
                state = SessionState(contentGraph: loaded.graph, cache: loaded.cache, graph: published, templates: templates,
                                     plan: plan.plan, jobs: emitted.jobs, fileCount: emitted.fileCount)
            }
            trace.mark("state")
            unapplied = []
        } catch {
            // The last check belongs to the state of the last successful run, not to this one.
            urlMemo.passed = nil
            sink?.discard()
            update.diagnostics += error.diagnostics
        }
        update.diagnostics = update.diagnostics.sortedForDisplay()
        return update
    }

    private func makeSink() throws(DiagnosticList) -> any OutputSink {
        do {
            switch output {
            case .replace(let url):
                return try StagingSink(target: url, protecting: options.protectedFolders)
            case .inPlace(let url, let marked):
                if let inPlace { return inPlace }
                if marked { try OutputTarget.check(url, protecting: options.protectedFolders) }
                let sink = InPlaceSink(target: url, marked: marked)
                inPlace = sink
                return sink
            }
        } catch {
            throw DiagnosticList([Diagnostic.output(error, at: SourceLocation(file: target.path))])
        }
    }
}

/// The paths a watcher reported, split into content and templates.
struct ChangeSet {
    /// Nil when unknown: every file is checked.
    var paths: Set<String>?
    /// The site's templates folder with a trailing `/`; nil when the site uses the built-in
    /// theme alone, which never changes.
    var templatesRoot: String?

    private func isTemplate(_ path: String) -> Bool { templatesRoot.map { path.hasPrefix($0) } ?? false }
    var contentPaths: Set<String>? { paths?.filter { !isTemplate($0) } }
    var templatesUnchanged: Bool { paths.map { !$0.contains { isTemplate($0) } } ?? false }
    var contentAssetsUnchanged: Bool { contentPaths.map { !$0.contains { $0.contains("/assets/") } } ?? false }
}
