import Foundation
#if canImport(Glibc)
import Glibc
#endif
import VitrineContent
import VitrineTemplates

/// A site kept up to date in place, for the preview server: each `rebuild()` reloads only the
/// content files that changed, re-renders only the pages whose inputs changed (from the
/// dependencies recorded when they were last rendered), and rewrites only files whose bytes
/// differ. A rebuild with errors writes nothing, so the last good site stays.
public final class SiteSession: @unchecked Sendable {
    public struct Update: Sendable {
        public var diagnostics: [Diagnostic]
        /// URL paths of the pages rendered again.
        public var rendered: [String]
        /// Output files (relative paths) written because their bytes changed.
        public var written: [String]
        public var deleted: [String]
        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    public let options: SiteBuildOptions
    public let output: URL
    private var cache = ContentLoader.ParseCache()
    /// Paths changed since the last successful rebuild; nil when unknown.
    private var unapplied: Set<String>? = []
    private var state: State?

    private struct State {
        /// The content as loaded (drafts included), for the next load to update.
        var contentGraph: ContentGraph
        /// What is published.
        var graph: ContentGraph
        var templates: TemplateSet
        var assets: PublishedAssets
        var tiles: TileRenderer
        var jobs: [String: PageJob]
        var dependencies: [String: Set<Dependency>]
        /// Output file → fingerprint of the bytes on disk.
        var files: [String: String]
        /// Files made by the feed and the report writers (kept when they are not made again).
        var feedPaths: Set<String>
        var reportPaths: Set<String>
    }

    public init(options: SiteBuildOptions, output: URL) {
        self.options = options
        self.output = output.standardizedFileURL
    }

    /// Brings the output up to date. `changedPaths`, when a file watcher knows them, are the
    /// files that changed since the last rebuild; without them every file is checked.
    public func rebuild(changedPaths: Set<String>? = nil) -> Update {
        var update = Update(diagnostics: [], rendered: [], written: [], deleted: [])
        if state == nil {
            do { try OutputFolder.checkTarget(output, protecting: options.protectedFolders) } catch {
                update.diagnostics.append(.error("\(error)", at: SourceLocation(file: output.path)))
                return update
            }
        }
        let trace = PhaseTrace()
        defer { trace.finish() }
        let templateRoot = URL(fileURLWithPath: options.templates).standardizedFileURL.path + "/"
        // Changes a failed rebuild did not apply still count.
        var changed = changedPaths.map { Set($0.map { URL(fileURLWithPath: $0).standardizedFileURL.path }) }
        if let pending = unapplied { changed?.formUnion(pending) } else { changed = nil }
        unapplied = changed
        defer { if update.succeeded { unapplied = [] } }
        let contentChanges = changed?.filter { !$0.hasPrefix(templateRoot) }
        let templatesUnchanged = changed.map { !$0.contains { $0.hasPrefix(templateRoot) } } ?? false
        let loaded = ContentLoader(directory: options.content)
            .load(reusing: cache, previous: state?.contentGraph, changedFiles: contentChanges)
        trace.mark("load")
        update.diagnostics = loaded.diagnostics
        guard let contentGraph = loaded.graph, !loaded.diagnostics.hasErrors else { return update }
        var graph = contentGraph
        if !options.includeDrafts { graph = graph.withoutDrafts() }
        let templates: TemplateSet
        if templatesUnchanged, let state, state.graph.site.language == graph.site.language {
            templates = state.templates
        } else {
            switch TemplateSet.load(directory: options.templates, language: graph.site.language) {
            case .failure(let problems):
                update.diagnostics += problems.diagnostics
                return update
            case .success(let set): templates = set
            }
        }
        var changedTemplates = Self.changedTemplates(old: state?.templates, new: templates)
        // Pages take their tiles' HTML from the tile renderer, not through a partial.
        if changedTemplates.contains(TileRenderer.template) { changedTemplates.insert("partials/tile") }
        // The template lint builds sample views; run it only when the templates changed.
        update.diagnostics += SiteChecks.check(graph: graph, templates: templates,
                                               lintTemplates: state == nil || !changedTemplates.isEmpty
                                                   || state?.templates.strings != templates.strings)
        guard !update.diagnostics.hasErrors else { return update }
        let assets: PublishedAssets
        do {
            if templatesUnchanged, let state, contentChanges?.contains(where: { $0.contains("/assets/") }) == false {
                assets = state.assets
            } else {
                assets = try AssetPipeline(templates: options.templates, content: options.content).collect()
            }
        } catch {
            update.diagnostics.append(.error("cannot read assets: \(error.localizedDescription)", at: SourceLocation(file: options.templates)))
            return update
        }
        let jobs = Dictionary(SiteBuilder.jobs(for: graph, templates: templates).map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })

        trace.mark("templates, assets, jobs")
        // Which pages to render.
        var toRender: [PageJob]
        /// Nil when everything is rebuilt.
        var invalid: Set<Dependency>?
        if let state, state.templates.strings == templates.strings, state.assets == assets {
            let changes = Self.invalidated(old: state.graph, new: graph, changed: loaded.cache.parsedKeys,
                                           sameItems: loaded.sameItems)
            let closure = Self.templateClosure(templates)
            toRender = jobs.values.filter { job in
                guard let dependencies = state.dependencies[job.path], state.jobs[job.path] != nil else { return true }
                return !dependencies.isDisjoint(with: changes)
                    || !(closure[job.template] ?? [job.template]).isDisjoint(with: changedTemplates)
            }
            invalid = changes
        } else {
            toRender = Array(jobs.values)
        }
        toRender.sort { $0.path < $1.path }
        trace.mark("invalidate")

        // Rendered tiles stay valid as long as the templates and strings do.
        let tiles = state.flatMap { state in
            changedTemplates.isEmpty && state.templates.strings == templates.strings ? state.tiles : nil
        } ?? TileRenderer(templates: templates)
        let views = ViewModelBuilder(graph: graph, strings: templates.strings, assets: assets.names, tiles: tiles)
        let rendered = parallelMap(toRender) { job -> (String, Set<Dependency>, String?) in
            let recorder = DependencyRecorder()
            let html = SiteBuilder.render(job, views.recording(into: recorder), templates, searchAvailable: false)
            return (job.path, recorder.dependencies, html)
        }
        trace.mark("render \(toRender.count)")
        var files: [(path: String, data: Data)] = assets.files
            + [(OutputFolder.marker, OutputFolder.markerContents)]
        var dependencies = state?.dependencies.filter { jobs[$0.key] != nil } ?? [:]
        for (path, recorded, html) in rendered {
            guard let html else {
                update.diagnostics.append(.error("template for '\(path)' not found", at: SourceLocation(file: options.templates)))
                continue
            }
            dependencies[path] = recorded
            files.append((URLScheme.file(for: path), Data(html.utf8)))
        }
        // Feeds, sitemap, CSV and reports: made again only when what they show may have changed.
        // A writer that makes its whole set again replaces its paths, so what is gone is removed.
        var feedPaths = state?.feedPaths ?? []
        var reportPaths = state?.reportPaths ?? []
        let contentChanged = invalid.map { !$0.isEmpty } ?? true
        // The sitemap and the feed show which pages exist, items' titles, summaries and dates.
        let listsChanged = invalid.map { changes in
            changes.contains {
                switch $0 {
                case .tile, .list, .members, .site: true
                default: false
                }
            }
        } ?? true
        if contentChanged || !changedTemplates.isEmpty {
            let feeds = FeedWriter(graph: graph, templates: templates, views: views)
            if listsChanged || !changedTemplates.isEmpty {
                let made = feeds.feedFiles()
                feedPaths = Set(made.map(\.path))
                files += made
            } else {
                files += feeds.csvFiles { invalid?.contains(.page($0)) ?? true }
            }
            let reports = SiteBuilder.reportFiles(graph: graph, templates: templates, diagnostics: &update.diagnostics)
            reportPaths = Set(reports.map(\.path))
            files += reports
        }
        trace.mark("feeds, reports")
        guard !update.diagnostics.hasErrors else { return update }

        // Write what changed; delete what is gone.
        var fingerprints = state?.files ?? [:]
        // Files can only have gone when pages, feeds or reports came or went.
        let setsChanged = state == nil || invalid == nil || !loaded.sameItems
            || feedPaths != state?.feedPaths || reportPaths != state?.reportPaths
            || invalid?.contains(where: { if case .members = $0 { true } else if case .vocabulary = $0 { true } else { false } }) == true
        var expected: Set<String> = []
        if setsChanged {
            expected = Set(files.map(\.path)).union(feedPaths).union(reportPaths)
            for job in jobs.values { expected.insert(URLScheme.file(for: job.path)) }
        }
        let changedFiles = files.compactMap { file -> (path: String, data: Data, fingerprint: String)? in
            let fingerprint = AssetPipeline.fingerprint(file.data)
            return fingerprints[file.path] == fingerprint ? nil : (file.path, file.data, fingerprint)
        }
        do {
            let failures = parallelMap(changedFiles) { file -> String? in
                do { try self.writeAtomically(file.path, file.data); return nil } catch { return "\(error)" }
            }
            if let failure = failures.compactMap({ $0 }).first {
                throw OutputFolder.Failure.io(output.path, failure)
            }
            for file in changedFiles {
                fingerprints[file.path] = file.fingerprint
                update.written.append(file.path)
            }
            for path in fingerprints.keys.sorted() where setsChanged && !expected.contains(path) {
                try? FileManager.default.removeItem(at: output.appendingPathComponent(path))
                fingerprints[path] = nil
                update.deleted.append(path)
            }
        } catch {
            update.diagnostics.append(.error("\(error)", at: SourceLocation(file: output.path)))
            return update
        }
        trace.mark("write")
        update.rendered = rendered.map(\.0)
        cache = loaded.cache
        state = State(contentGraph: contentGraph, graph: graph, templates: templates, assets: assets, tiles: tiles, jobs: jobs,
                      dependencies: dependencies, files: fingerprints, feedPaths: feedPaths, reportPaths: reportPaths)
        return update
    }

    /// Writes through a temporary file and a rename, so a reader never sees half a page.
    /// Plain system calls: on thousands of files Foundation's writer costs twice as much.
    private func writeAtomically(_ path: String, _ data: Data) throws {
        try OutputFolder.validate(path)
        let url = output.appendingPathComponent(path)
        let directory = url.deletingLastPathComponent().path
        if access(directory, F_OK) != 0 {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let temporary = directory + "/.\(url.lastPathComponent).\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputFolder.Failure.io(path, String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { buffer -> Int in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress!.advanced(by: offset), buffer.count - offset)
                if count < 0 { if errno == EINTR { continue }; return -1 }
                offset += count
            }
            return offset
        }
        close(descriptor)
        guard written == data.count, rename(temporary, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputFolder.Failure.io(path, reason)
        }
    }

    // MARK: What changed

    /// The dependencies whose inputs differ between two graphs.
    /// `changed`: the items whose files were parsed again; nil compares every item.
    /// `sameItems`: the loader found exactly the items of the last load (none added or removed).
    static func invalidated(old: ContentGraph, new: ContentGraph, changed: Set<ItemKey>? = nil,
                            sameItems: Bool = false) -> Set<Dependency> {
        var invalid: Set<Dependency> = []
        if old.site != new.site { invalid.insert(.site) }
        if old.reports != new.reports { invalid.insert(.reports) }
        for taxonomy in TaxonomyName.allCases {
            let before = old.taxonomies.terms(taxonomy), after = new.taxonomies.terms(taxonomy)
            if before.map(\.id) != after.map(\.id) { invalid.insert(.vocabulary(taxonomy)) }
            for id in Set(before.map(\.id) + after.map(\.id)) {
                let key = TermKey(taxonomy, id)
                if old.taxonomies.term(key).map(TermFields.init) != new.taxonomies.term(key).map(TermFields.init) {
                    invalid.insert(.term(key))
                }
            }
        }
        // Only items from files parsed again (or added, or removed) can differ, and the items
        // that take their date from a publication that changed.
        var candidates: Set<ItemKey>
        if let changed, sameItems {
            candidates = changed
        } else if let changed {
            let before = Set(old.allKeys), after = Set(new.allKeys)
            candidates = changed.union(before.symmetricDifference(after))
            for key in candidates where key.type == .publication {
                candidates.formUnion(old.itemsCiting(publication: key.id))
                candidates.formUnion(new.itemsCiting(publication: key.id))
            }
        } else {
            candidates = Set(old.allKeys).union(new.allKeys)
        }
        var linkTargets: Set<ItemKey> = []
        var terms: Set<TermKey> = []
        for key in candidates {
            let before = old.item(key), after = new.item(key)
            if (before == nil) != (after == nil) {
                // An item that appears (added, or no longer a draft) or disappears changes the
                // link lists of the pages that refer to it.
                for source in old.backlinks(key) + new.backlinks(key) { invalid.insert(.page(source)) }
            }
            if before != after {
                invalid.insert(.page(key))
                if before.map(TileFields.init) != after.map(TileFields.init) {
                    invalid.insert(.tile(key))
                    invalid.insert(.list(key.type))
                }
            }
            let outgoingBefore = old.outgoing(key), outgoingAfter = new.outgoing(key)
            if outgoingBefore != outgoingAfter { invalid.insert(.page(key)) }
            linkTargets.formUnion(outgoingBefore)
            linkTargets.formUnion(outgoingAfter)
            linkTargets.insert(key)
            for item in [before, after].compactMap({ $0 }) {
                for (taxonomy, ids) in item.terms { terms.formUnion(ids.map { TermKey(taxonomy, $0) }) }
            }
        }
        for key in linkTargets where old.backlinks(key) != new.backlinks(key) { invalid.insert(.backlinks(key)) }
        for term in terms where old.members(term) != new.members(term) { invalid.insert(.members(term)) }
        return invalid
    }

    /// What pages show of a term (its position in the file is not shown).
    struct TermFields: Equatable {
        var label: String
        var plural: String?
        var description: String?

        init(_ term: Term) {
            label = term.label
            plural = term.plural
            description = term.description
        }
    }

    /// What a tile or link shows of an item. Publications show in source lines too, so all of
    /// a publication counts.
    struct TileFields: Equatable {
        var title: String
        var summary: String?
        var terms: [TaxonomyName: [String]]
        var date: ContentDate?
        var draft: Bool
        var publication: String?
        var details: ItemDetails?

        init(_ item: Item) {
            title = item.title
            summary = item.summary
            terms = item.terms
            date = item.date
            draft = item.draft
            publication = item.publication
            details = item.type == .publication ? item.details : nil
        }
    }

    static func changedTemplates(old: TemplateSet?, new: TemplateSet) -> Set<String> {
        guard let old else { return Set(new.sources.keys) }
        let names = Set(old.sources.keys).union(new.sources.keys)
        return names.filter { old.sources[$0] != new.sources[$0] }
    }

    /// For each template, itself and every partial and parent it uses, transitively.
    static func templateClosure(_ templates: TemplateSet) -> [String: Set<String>] {
        var direct: [String: Set<String>] = [:]
        for (name, source) in templates.sources {
            direct[name] = Set(MustacheTag.scan(source).filter { $0.sigil == ">" || $0.sigil == "<" }
                .map { $0.name.replacingOccurrences(of: ".", with: "/") })
        }
        var closure: [String: Set<String>] = [:]
        for name in direct.keys {
            var seen: Set<String> = [name]
            var queue = [name]
            while let next = queue.popLast() {
                for used in direct[next] ?? [] where seen.insert(used).inserted { queue.append(used) }
            }
            closure[name] = seen
        }
        return closure
    }
}

/// Phase timings on standard error when VITRINE_TRACE is set; for finding where time goes.
final class PhaseTrace {
    private let enabled = ProcessInfo.processInfo.environment["VITRINE_TRACE"] != nil
    private var last = DispatchTime.now()
    private var phases: [String] = []

    func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        phases.append("\(phase) \((now.uptimeNanoseconds - last.uptimeNanoseconds) / 1_000_000) ms")
        last = now
    }

    func finish() {
        guard enabled, !phases.isEmpty else { return }
        FileHandle.standardError.write(Data(("trace: " + phases.joined(separator: ", ") + "\n").utf8))
    }
}
