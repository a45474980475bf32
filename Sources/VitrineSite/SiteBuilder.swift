import Foundation
import VitrineContent
import VitrineReports
import VitrineTemplates

/// What `vitrine build` is asked to do.
public struct SiteBuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var includeDrafts: Bool
    /// Run Pagefind over the built site when it is installed.
    public var search: Bool

    /// Folders an output folder may never be or contain.
    var protectedFolders: [URL] {
        [URL(fileURLWithPath: content), URL(fileURLWithPath: templates),
         URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
    }

    public init(content: String = "Content", templates: String = "Templates", output: String = "Site",
                includeDrafts: Bool = false, search: Bool = true) {
        self.content = content
        self.templates = templates
        self.output = output
        self.includeDrafts = includeDrafts
        self.search = search
    }
}

public struct SiteBuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var filesWritten: Int
    public var pagesWritten: Int
    public var searchIndexed: Bool
    public var succeeded: Bool { !diagnostics.hasErrors && pagesWritten > 0 }
}

/// One page to render: where it goes, with which template, from which view.
struct PageJob: Sendable {
    enum Source: Sendable {
        case home, item(ItemKey), list(ItemType), term(TermKey), terms(TaxonomyName), search, notFound
    }
    var path: String
    var template: String
    var source: Source
}

/// Builds the site: content graph → view models → templates → files, all or nothing.
public struct SiteBuilder: Sendable {
    public let options: SiteBuildOptions

    public init(options: SiteBuildOptions) {
        self.options = options
    }

    public func build() -> SiteBuildResult {
        let loaded = ContentLoader(directory: options.content).load()
        var diagnostics = loaded.diagnostics
        guard var graph = loaded.graph, !diagnostics.hasErrors else {
            return SiteBuildResult(diagnostics: diagnostics, filesWritten: 0, pagesWritten: 0, searchIndexed: false)
        }
        if !options.includeDrafts { graph = graph.withoutDrafts() }
        let templates: TemplateSet
        switch TemplateSet.load(directory: options.templates, language: graph.site.language) {
        case .failure(let problems):
            return SiteBuildResult(diagnostics: diagnostics + problems.diagnostics, filesWritten: 0, pagesWritten: 0, searchIndexed: false)
        case .success(let set): templates = set
        }
        diagnostics += SiteChecks.check(graph: graph, templates: templates)
        guard !diagnostics.hasErrors else {
            return SiteBuildResult(diagnostics: diagnostics, filesWritten: 0, pagesWritten: 0, searchIndexed: false)
        }

        let output: OutputFolder
        do {
            output = try OutputFolder(target: URL(fileURLWithPath: options.output, isDirectory: true),
                                      protecting: options.protectedFolders)
        } catch {
            return failure(diagnostics, "\(error)")
        }
        do {
            let assets = try AssetPipeline(templates: options.templates, content: options.content).collect()
            for file in assets.files { try output.write(file.path, file.data) }
            let views = ViewModelBuilder(graph: graph, strings: templates.strings, assets: assets.names,
                                         tiles: TileRenderer(templates: templates))
            let jobs = Self.jobs(for: graph, templates: templates)
            let search = options.search ? Pagefind.locate() : nil
            let rendered = parallelMap(jobs) { job -> Swift.Result<Void, Diagnostic> in
                guard let html = Self.render(job, views, templates, searchAvailable: search != nil) else {
                    return .failure(.error("template '\(job.template)' not found", at: SourceLocation(file: templates.directory)))
                }
                do {
                    try output.write(URLScheme.file(for: job.path), html)
                    return .success(())
                } catch {
                    return .failure(.error("\(error)", at: SourceLocation(file: options.output)))
                }
            }
            for case .failure(let diagnostic) in rendered { diagnostics.append(diagnostic) }
            let extra = FeedWriter(graph: graph, templates: templates, views: views).feedFiles()
                + Self.reportFiles(graph: graph, templates: templates, diagnostics: &diagnostics)
            for file in extra { try output.write(file.path, file.data) }
            guard !diagnostics.hasErrors else {
                output.discard()
                return SiteBuildResult(diagnostics: diagnostics, filesWritten: 0, pagesWritten: 0, searchIndexed: false)
            }
            var indexed = false
            if let search {
                switch search.index(output.staging) {
                case .success: indexed = true
                case .failure(let message):
                    diagnostics.append(.warning("search index not built: \(message)", at: SourceLocation(file: options.output)))
                }
            }
            try output.commit()
            return SiteBuildResult(diagnostics: diagnostics, filesWritten: jobs.count + extra.count + assets.files.count,
                                   pagesWritten: jobs.count, searchIndexed: indexed)
        } catch {
            output.discard()
            return failure(diagnostics, "\(error)")
        }
    }

    /// Every report definition as `rapporten/<id>.md`, with its chart files beside it.
    static func reportFiles(graph: ContentGraph, templates: TemplateSet, diagnostics: inout [Diagnostic]) -> [(path: String, data: Data)] {
        let baseURL = graph.site.baseURL
        let composer = ReportComposer(graph: graph, templates: templates) { URLScheme.absolute(URLScheme.path($0), baseURL: baseURL) }
        var files: [(String, Data)] = []
        for report in graph.reports {
            do {
                let document = try composer.markdown(for: report)
                diagnostics += document.diagnostics
                files.append(("\(URLScheme.reports)/\(report.id).md", Data(document.markdown.utf8)))
                for attachment in document.attachments {
                    files.append(("\(URLScheme.reports)/\(attachment.name)", attachment.data))
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return files
    }

    private func failure(_ diagnostics: [Diagnostic], _ message: String) -> SiteBuildResult {
        SiteBuildResult(diagnostics: diagnostics + [.error(message, at: SourceLocation(file: options.output))],
                        filesWritten: 0, pagesWritten: 0, searchIndexed: false)
    }

    static func jobs(for graph: ContentGraph, templates: TemplateSet) -> [PageJob] {
        var jobs: [PageJob] = [PageJob(path: "/", template: "html/home", source: .home)]
        for type in ItemType.allCases where type != .page {
            jobs.append(PageJob(path: URLScheme.index(type), template: "html/list", source: .list(type)))
        }
        for item in graph.allItems where !(item.type == .page && item.id == "index") {
            jobs.append(PageJob(path: URLScheme.path(item.key), template: "html/\(item.type.rawValue)", source: .item(item.key)))
        }
        for taxonomy in TaxonomyName.allCases {
            jobs.append(PageJob(path: URLScheme.index(taxonomy), template: "html/terms", source: .terms(taxonomy)))
            for term in graph.taxonomies.terms(taxonomy) where !graph.members(TermKey(taxonomy, term.id)).isEmpty {
                let key = TermKey(taxonomy, term.id)
                jobs.append(PageJob(path: URLScheme.path(key), template: "html/term", source: .term(key)))
            }
        }
        jobs.append(PageJob(path: URLScheme.search, template: "html/search", source: .search))
        jobs.append(PageJob(path: "/404.html", template: "html/404", source: .notFound))
        return jobs
    }

    static func render(_ job: PageJob, _ views: ViewModelBuilder, _ templates: TemplateSet, searchAvailable: Bool) -> String? {
        var view = view(for: job, views)
        view.search = SearchView(available: searchAvailable)
        return templates.render(view, template: job.template)
    }

    static func view(for job: PageJob, _ views: ViewModelBuilder) -> PageView {
        switch job.source {
        case .home: return views.homePage()
        case .item(let key): return views.itemPage(views.graph.item(key)!)
        case .list(let type): return views.listPage(type)
        case .term(let key): return views.termPage(key, views.graph.term(key)!)
        case .terms(let taxonomy): return views.termsPage(taxonomy)
        case .search:
            return views.page(title: views.strings["search_title"], description: views.strings["search_title"], path: job.path)
        case .notFound:
            return views.page(title: views.strings["notFound_title"], description: views.strings["notFound_title"], path: job.path)
        }
    }
}

/// Checks that need both the content and the site's conventions.
public enum SiteChecks {
    /// What `vitrine check` adds when a templates folder is there: template syntax, the
    /// strings file, fields no view model has, page ids the site uses itself.
    public static func check(graph: ContentGraph, templatesDirectory: String) -> [Diagnostic] {
        switch TemplateSet.load(directory: templatesDirectory, language: graph.site.language) {
        case .failure(let problems): return problems.diagnostics
        case .success(let templates): return check(graph: graph, templates: templates)
        }
    }

    static func check(graph: ContentGraph, templates: TemplateSet, lintTemplates: Bool = true) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for page in graph.items(.page) where URLScheme.reservedPageIDs.contains(page.id) {
            diagnostics.append(.error("page id '\(page.id)' is taken by the site's own '/\(page.id)/' section",
                                      at: SourceLocation(file: page.file), hint: "rename the page"))
        }
        guard lintTemplates else { return diagnostics }
        let views = ViewModelBuilder(graph: graph, strings: templates.strings, assets: .none)
        var samples: [Any] = []
        var seen: Set<String> = []
        for job in SiteBuilder.jobs(for: graph, templates: templates) where seen.insert(job.template).inserted || job.template == "html/factsheet" {
            var view = SiteBuilder.view(for: job, views)
            view.search = SearchView(available: true)
            samples.append(view)
        }
        samples += FeedWriter(graph: graph, templates: templates, views: views).samples() + ViewSchema.samples
        samples += ReportComposer.lintSamples()
        diagnostics += TemplateLint(templates: templates, samples: samples).check()
        return diagnostics
    }
}
