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
    private var state: State?

    private struct State {
        var graph: ContentGraph
        var templates: TemplateSet
        var assetFiles: [String: Data]
        var jobs: [String: PageJob]
        var dependencies: [String: Set<Dependency>]
        /// Output file → fingerprint of the bytes on disk.
        var files: [String: String]
    }

    public init(options: SiteBuildOptions, output: URL) {
        self.options = options
        self.output = output.standardizedFileURL
    }

    /// The diagnostics of the last good build (warnings only) are not kept; callers show each update's.
    public func rebuild() -> Update {
        var update = Update(diagnostics: [], rendered: [], written: [], deleted: [])
        let loaded = ContentLoader(directory: options.content).load(reusing: cache)
        update.diagnostics = loaded.diagnostics
        guard var graph = loaded.graph, !loaded.diagnostics.hasErrors else { return update }
        if !options.includeDrafts { graph = graph.withoutDrafts() }
        let templates: TemplateSet
        switch TemplateSet.load(directory: options.templates, language: graph.site.language) {
        case .failure(let problems):
            update.diagnostics += problems.diagnostics
            return update
        case .success(let set): templates = set
        }
        let changedTemplates = Self.changedTemplates(old: state?.templates, new: templates)
        // The template lint builds sample views; run it only when the templates changed.
        update.diagnostics += SiteChecks.check(graph: graph, templates: templates,
                                               lintTemplates: state == nil || !changedTemplates.isEmpty)
        guard !update.diagnostics.hasErrors else { return update }
        let assets: (files: [(path: String, data: Data)], stylesheet: String, script: String)
        do {
            assets = try AssetPipeline(templates: options.templates, content: options.content).collect()
        } catch {
            update.diagnostics.append(.error("cannot read assets: \(error.localizedDescription)", at: SourceLocation(file: options.templates)))
            return update
        }
        let assetFiles = Dictionary(assets.files.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
        let jobs = Dictionary(SiteBuilder.jobs(for: graph, templates: templates).map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })

        // Which pages to render.
        var toRender: [PageJob]
        if let state, state.templates.strings == templates.strings, state.assetFiles == assetFiles {
            let invalid = Self.invalidated(old: state.graph, new: graph)
            let closure = Self.templateClosure(templates)
            toRender = jobs.values.filter { job in
                guard let dependencies = state.dependencies[job.path], state.jobs[job.path] != nil else { return true }
                return !dependencies.isDisjoint(with: invalid)
                    || !(closure[job.template] ?? [job.template]).isDisjoint(with: changedTemplates)
            }
        } else {
            toRender = Array(jobs.values)
        }
        toRender.sort { $0.path < $1.path }

        let views = ViewModelBuilder(graph: graph, strings: templates.strings, assets: (assets.stylesheet, assets.script))
        let rendered = parallelMap(toRender) { job -> (String, Set<Dependency>, String?) in
            let recorder = DependencyRecorder()
            let html = SiteBuilder.render(job, views.recording(into: recorder), templates, searchAvailable: false)
            return (job.path, recorder.dependencies, html)
        }
        var files: [(path: String, data: Data)] = assets.files
        var dependencies = state?.dependencies.filter { jobs[$0.key] != nil } ?? [:]
        for (path, recorded, html) in rendered {
            guard let html else {
                update.diagnostics.append(.error("template for '\(path)' not found", at: SourceLocation(file: options.templates)))
                continue
            }
            dependencies[path] = recorded
            files.append((URLScheme.file(for: path), Data(html.utf8)))
        }
        files += FeedWriter(graph: graph, templates: templates, views: views).files()
        files += SiteBuilder.reportFiles(graph: graph, templates: templates, diagnostics: &update.diagnostics)
        guard !update.diagnostics.hasErrors else { return update }

        // Write what changed; delete what is gone.
        var fingerprints = state?.files ?? [:]
        var expected = Set(files.map(\.path))
        for job in jobs.values { expected.insert(URLScheme.file(for: job.path)) }
        do {
            for file in files {
                let fingerprint = AssetPipeline.fingerprint(file.data)
                guard fingerprints[file.path] != fingerprint else { continue }
                try writeAtomically(file.path, file.data)
                fingerprints[file.path] = fingerprint
                update.written.append(file.path)
            }
            for path in fingerprints.keys.sorted() where !expected.contains(path) {
                try? FileManager.default.removeItem(at: output.appendingPathComponent(path))
                fingerprints[path] = nil
                update.deleted.append(path)
            }
        } catch {
            update.diagnostics.append(.error("\(error)", at: SourceLocation(file: output.path)))
            return update
        }
        update.rendered = rendered.map(\.0)
        cache = loaded.cache
        state = State(graph: graph, templates: templates, assetFiles: assetFiles, jobs: jobs,
                      dependencies: dependencies, files: fingerprints)
        return update
    }

    /// Writes through a temporary file and a rename, so a reader never sees half a page.
    private func writeAtomically(_ path: String, _ data: Data) throws {
        try OutputFolder.validate(path)
        let url = output.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        try data.write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            throw OutputFolder.Failure.io(path, String(cString: strerror(errno)))
        }
    }

    // MARK: What changed

    /// The dependencies whose inputs differ between two graphs.
    static func invalidated(old: ContentGraph, new: ContentGraph) -> Set<Dependency> {
        var invalid: Set<Dependency> = []
        if old.site != new.site { invalid.insert(.site) }
        if old.taxonomies != new.taxonomies { invalid.insert(.taxonomies) }
        if old.reports != new.reports { invalid.insert(.reports) }
        let keys = Set(old.allItems.map(\.key)).union(new.allItems.map(\.key))
        for key in keys {
            let before = old.item(key), after = new.item(key)
            if before != after { invalid.insert(.page(key)) }
            if before.map(TileFields.init) != after.map(TileFields.init) {
                invalid.insert(.tile(key))
                invalid.insert(.list(key.type))
            }
            if old.outgoing(key) != new.outgoing(key) { invalid.insert(.page(key)) }
            if old.backlinks(key) != new.backlinks(key) { invalid.insert(.backlinks(key)) }
            for taxonomy in TaxonomyName.allCases {
                for id in Set((before?.terms[taxonomy] ?? []) + (after?.terms[taxonomy] ?? [])) {
                    let term = TermKey(taxonomy, id)
                    if old.members(term) != new.members(term) { invalid.insert(.members(term)) }
                }
            }
        }
        return invalid
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
            var used: Set<String> = []
            var rest = source[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let sigil = rest.first, sigil == ">" || sigil == "<",
                      let close = rest.range(of: "}}") else { continue }
                let reference = rest[rest.index(after: rest.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                used.insert(reference.replacingOccurrences(of: ".", with: "/"))
            }
            direct[name] = used
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
