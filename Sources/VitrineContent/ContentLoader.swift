import Foundation

/// Loads a `Content/` folder into a validated content graph, collecting every diagnostic.
public struct ContentLoader: Sendable {
    /// The folder as the user named it; diagnostics show paths under this prefix.
    public var directory: String
    /// How the folder is named in diagnostics; by default as given.
    public var displayPath: String

    public init(directory: String, displayPath: String? = nil) {
        self.directory = directory
        self.displayPath = displayPath ?? directory
    }

    public struct Result: Sendable {
        /// Nil when the content could not be loaded at all (no site.yml, for instance).
        public var graph: ContentGraph?
        public var diagnostics: [Diagnostic]
        /// What each item file parsed into, to be reused by the next load.
        public var cache = ParseCache()
        /// True when the graph was updated around changed items of the previous one: exactly
        /// the same items exist as before.
        public var sameItems = false
    }

    /// Parsed item files by path, with the size and modification time they had, so a reload
    /// parses only the files that changed.
    public struct ParseCache: Sendable {
        struct Entry: Sendable {
            var signature: FileSignature
            var item: Item?
            var diagnostics: [Diagnostic]
        }
        var entries: [String: Entry] = [:]
        /// The item files found by the last walk of the folder, and what the walk reported.
        var files: [ItemFile] = [] {
            didSet { fileIndex = Dictionary(files.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { first, _ in first }) }
        }
        /// Position in `files` of each file on disk.
        private(set) var fileIndex: [String: Int] = [:]
        var walkDiagnostics: [Diagnostic] = []
        public init() {}
        /// How many files the last load parsed (the rest came from the cache).
        public internal(set) var parsedCount = 0
        /// The items of the files the last load parsed: only these can differ from the previous load.
        public internal(set) var parsedKeys: Set<ItemKey> = []
    }

    static let siteFile = "site.yml"
    static let taxonomiesFile = "taxonomies.yml"
    static let reportsFolder = "reports"
    static let assetsFolder = "assets"
    static let itemExtensions: Set<String> = ["md", "markdown"]
    static let reportExtensions: Set<String> = ["yml", "yaml"]

    /// `cache` and `previous`, from the last load, let a reload parse only changed files and
    /// update the graph around them; the result is the same as a load from scratch.
    /// `changedFiles`, when a watcher knows them, are the only files that changed since then.
    public func load(reusing cache: ParseCache? = nil, previous: ContentGraph? = nil,
                     changedFiles: Set<String>? = nil) -> Result {
        var diagnostics: [Diagnostic] = []
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let display = displayPath.hasSuffix("/") ? String(displayPath.dropLast()) : displayPath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return Result(graph: nil, diagnostics: [.error(.missingContentFolder, ["folder": .value(display)],
                                                           at: SourceLocation(file: display))])
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path))?
            .filter { !$0.hasPrefix(".") } ?? []
        guard !entries.isEmpty else {
            return Result(graph: nil, diagnostics: [.error(.emptyContentFolder, ["folder": .value(display)],
                                                           at: SourceLocation(file: display),
                                                           hint: .phrase("content-needs-files"))])
        }
        diagnostics += unknownEntries(entries, display: display, root: root)

        // site.yml and taxonomies.yml
        var siteReferences: [Reference] = []
        var site: SiteConfig?
        var taxonomies: Taxonomies?
        for file in [Self.siteFile, Self.taxonomiesFile] {
            let path = "\(display)/\(file)"
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(file).path) else {
                diagnostics.append(.error(.missingFile, ["file": .value(file)], at: SourceLocation(file: path),
                                          hint: .phrase(file == Self.siteFile ? "site-needs-site-yml" : "site-needs-taxonomies")))
                continue
            }
            switch SourceText.read(url: root.appendingPathComponent(file), displayPath: path) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let text):
                if file == Self.siteFile {
                    site = SiteConfig.load(text, references: &siteReferences, diagnostics: &diagnostics)
                } else {
                    taxonomies = Taxonomies.load(text, diagnostics: &diagnostics)
                }
            }
        }

        // The last accessibility audit, when the site has had one.
        let auditURL = root.appendingPathComponent(AccessibilityAudit.fileName)
        if site != nil, FileManager.default.fileExists(atPath: auditURL.path) {
            switch SourceText.read(url: auditURL, displayPath: "\(display)/\(AccessibilityAudit.fileName)") {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let text): site?.audit = AccessibilityAudit.load(text, diagnostics: &diagnostics)
            }
        }

        // Report definitions.
        var reports: [ReportDefinition] = []
        var reportReferences: [Reference] = []
        for file in files(in: root.appendingPathComponent(Self.reportsFolder), display: "\(display)/\(Self.reportsFolder)",
                          extensions: Self.reportExtensions, diagnostics: &diagnostics) {
            if let problem = Identifier.problem(with: file.id) {
                diagnostics.append(.error(.invalidID, ["id": .value(file.id), "problem": problem], at: SourceLocation(file: file.path)))
                continue
            }
            switch SourceText.read(url: URL(fileURLWithPath: file.filePath), displayPath: file.path) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let text):
                if let report = ReportParser(id: file.id, source: text).parse(references: &reportReferences, diagnostics: &diagnostics) {
                    reports.append(report)
                }
            }
        }


        // Items, parsed in parallel. When the watcher says which files changed and they are all
        // item files known from the last load, neither the folder nor the other files are
        // looked at again.
        var jobs: [ItemFile] = []
        var walkDiagnostics: [Diagnostic] = []
        let changed = changedFiles.map { Set($0.map { URL(fileURLWithPath: $0).standardizedFileURL.path }) }
        let trusted: Set<String>?
        // The few files read on every load anyway (site.yml, taxonomies.yml, report definitions).
        let rootPath = root.standardizedFileURL.path
        let alwaysRead = { (path: String) in
            path == rootPath + "/" + Self.siteFile || path == rootPath + "/" + Self.taxonomiesFile
                || path == rootPath + "/" + AccessibilityAudit.fileName
                || path.hasPrefix(rootPath + "/" + Self.reportsFolder + "/")
        }
        if let cache, let changed, !cache.files.isEmpty, let previous, let site, let taxonomies,
           changed.allSatisfy({ alwaysRead($0) || (cache.fileIndex[$0] != nil && FileSignature(path: $0) != nil) }),
           let result = reloadSaved(changed.filter { !alwaysRead($0) }, cache: cache, previous: previous, site: site,
                                    taxonomies: taxonomies, reports: reports, diagnostics: diagnostics) {
            return result
        }
        if let cache, let changed, !cache.files.isEmpty,
           changed.allSatisfy({ cache.fileIndex[$0] != nil && FileSignature(path: $0) != nil }) {
            jobs = cache.files
            walkDiagnostics = cache.walkDiagnostics
            trusted = changed
        } else {
            for type in ItemType.allCases {
                for file in files(in: root.appendingPathComponent(type.folder), display: "\(display)/\(type.folder)",
                                  extensions: Self.itemExtensions, diagnostics: &walkDiagnostics) {
                    jobs.append(ItemFile(type: type, id: file.id, file: file.filePath, path: file.path))
                }
            }
            trusted = nil
        }
        diagnostics += walkDiagnostics
        let cached = cache?.entries ?? [:]
        let parsed = parallelMap(jobs) { job -> (Item?, [Diagnostic], FileSignature?, Bool) in
            if let trusted, !trusted.contains(job.file), let entry = cached[job.path] {
                return (entry.item, entry.diagnostics, entry.signature, false)
            }
            let signature = FileSignature(path: job.file)
            if let signature, let entry = cached[job.path], entry.signature == signature {
                return (entry.item, entry.diagnostics, signature, false)
            }
            let (item, diagnostics) = Self.parseItem(type: job.type, id: job.id, url: URL(fileURLWithPath: job.file), path: job.path)
            return (item, diagnostics, signature, true)
        }
        var newCache = ParseCache()
        newCache.files = jobs
        newCache.walkDiagnostics = walkDiagnostics
        var items: [Item] = []
        var unreadable: Set<ItemKey> = []
        for (job, (item, itemDiagnostics, signature, fresh)) in zip(jobs, parsed) {
            diagnostics += itemDiagnostics
            if let item { items.append(item) } else { unreadable.insert(ItemKey(job.type, job.id)) }
            if let signature { newCache.entries[job.path] = ParseCache.Entry(signature: signature, item: item, diagnostics: itemDiagnostics) }
            if fresh {
                newCache.parsedCount += 1
                newCache.parsedKeys.insert(ItemKey(job.type, job.id))
            }
        }
        guard let site, let taxonomies else {
            return Result(graph: nil, diagnostics: diagnostics.sortedForDisplay())
        }
        // After a save of existing items only, update the previous graph around them.
        if let previous, cache != nil, unreadable.isEmpty, !diagnostics.hasErrors,
           jobs.count == previous.itemCount, Set(jobs.map { ItemKey($0.type, $0.id) }) == Set(previous.allKeys),
           site == previous.site, reports == previous.reports, taxonomies.sameTerms(as: previous.taxonomies) {
            var graphDiagnostics: [Diagnostic] = []
            let changed = items.filter { newCache.parsedKeys.contains($0.key) }
            if let graph = previous.replacing(changed, taxonomies: taxonomies, diagnostics: &graphDiagnostics) {
                diagnostics += graphDiagnostics + graph.orphanWarnings.values
                return Result(graph: graph, diagnostics: diagnostics.sortedForDisplay(), cache: newCache, sameItems: true)
            }
        }
        var builder = GraphBuilder(site: site, taxonomies: taxonomies, items: items, reports: reports,
                                   unreadable: unreadable)
        let graph = builder.build(extraReferences: siteReferences + reportReferences)
        diagnostics += builder.diagnostics
        return Result(graph: graph, diagnostics: diagnostics.sortedForDisplay(), cache: newCache)
    }

    /// After a save of files the last load knew: parses just those and updates the previous
    /// graph around them; every other file's item and diagnostics come from the cache. Nil when
    /// the save is not of that kind (a file that no longer parses, changed site or vocabulary
    /// terms, a changed publication), and the caller loads the usual way.
    private func reloadSaved(_ saved: Set<String>, cache: ParseCache, previous: ContentGraph, site: SiteConfig,
                             taxonomies: Taxonomies, reports: [ReportDefinition], diagnostics: [Diagnostic]) -> Result? {
        guard site == previous.site, reports == previous.reports, taxonomies.sameTerms(as: previous.taxonomies),
              !diagnostics.hasErrors else { return nil }
        var newCache = cache
        newCache.parsedCount = 0
        newCache.parsedKeys = []
        var changed: [Item] = []
        for path in saved.sorted() {
            guard let index = cache.fileIndex[path] else { return nil }
            let job = cache.files[index]
            let (item, itemDiagnostics) = Self.parseItem(type: job.type, id: job.id, url: URL(fileURLWithPath: job.file), path: job.path)
            guard let item, let signature = FileSignature(path: job.file) else { return nil }
            newCache.entries[job.path] = ParseCache.Entry(signature: signature, item: item, diagnostics: itemDiagnostics)
            newCache.parsedCount += 1
            newCache.parsedKeys.insert(item.key)
            changed.append(item)
        }
        var all = diagnostics + cache.walkDiagnostics
        for entry in newCache.entries.values where !entry.diagnostics.isEmpty { all += entry.diagnostics }
        guard !all.hasErrors else { return nil }
        var graphDiagnostics: [Diagnostic] = []
        guard let graph = previous.replacing(changed, taxonomies: taxonomies, diagnostics: &graphDiagnostics) else { return nil }
        all += graphDiagnostics + graph.orphanWarnings.values
        return Result(graph: graph, diagnostics: all.sortedForDisplay(), cache: newCache, sameItems: true)
    }

    /// Reads and parses one item file.
    static func parseItem(type: ItemType, id: String, url: URL, path: String) -> (Item?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if let problem = Identifier.problem(with: id) {
            diagnostics.append(.error(.invalidID, ["id": .value(id), "problem": problem], at: SourceLocation(file: path),
                                      hint: .phrase("rename-file", ["file": .value("\(Identifier.suggestion(for: id)).md")])))
            return (nil, diagnostics)
        }
        switch SourceText.read(url: url, displayPath: path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let text):
            let item = ItemParser(type: type, id: id, source: text, diskPath: url.path).parse(diagnostics: &diagnostics)
            return (item, diagnostics)
        }
    }

    // MARK: Files

    /// An item file: its type and id, its path on disk and as shown in diagnostics.
    struct ItemFile: Sendable {
        var type: ItemType
        var id: String
        var file: String
        var path: String
    }

    private struct ContentFile {
        var id: String
        /// The file's path on disk.
        var filePath: String
        var path: String
    }

    /// Files with one of `extensions` under `folder`, in subfolders too, sorted by path.
    /// Other files are reported, so a misnamed file is not silently ignored.
    private func files(in folder: URL, display: String, extensions: Set<String>,
                       diagnostics: inout [Diagnostic]) -> [ContentFile] {
        var result: [ContentFile] = []
        let folderPath = folder.standardizedFileURL.path
        for entry in DirectoryWalker.entries(under: folderPath) {
            let path = "\(display)/\(entry.path)"
            guard entry.kind == .file else {
                diagnostics.append(.warning(.notARegularFile, at: SourceLocation(file: path)))
                continue
            }
            let name = entry.path.split(separator: "/").last.map(String.init) ?? entry.path
            guard let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) else {
                // Each folder reads two spellings of one extension (.markdown and .md, .yaml and .yml).
                let names = extensions.sorted().map { DiagnosticText.value(".\($0)") }
                diagnostics.append(.warning(.ignoredFile, ["first": names.first ?? .value(""), "second": names.last ?? .value("")],
                                            at: SourceLocation(file: path), hint: .phrase("use-assets")))
                continue
            }
            result.append(ContentFile(id: String(name[..<dot]), filePath: folderPath + "/" + entry.path, path: path))
        }
        return result.sorted { $0.path < $1.path }
    }

    private func unknownEntries(_ entries: [String], display: String, root: URL) -> [Diagnostic] {
        let known = [Self.siteFile, Self.taxonomiesFile, PublishedURLList.fileName, AccessibilityAudit.fileName, Self.reportsFolder, Self.assetsFolder] + ItemType.allCases.map(\.folder)
        return entries.sorted().filter { !known.contains($0) }.map { entry in
            .warning(.unknownEntry, ["entry": .value(entry)], at: SourceLocation(file: "\(display)/\(entry)"),
                     hint: .didYouMean(Suggestion.closest(to: entry, among: known)))
        }
    }
}
