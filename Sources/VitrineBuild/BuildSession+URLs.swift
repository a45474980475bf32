import Foundation
import VitrineContent
import VitrineSite

extension BuildSession {
    /// Keep URLs, before the plan: reads the content's list of published URLs and withdraws
    /// those `--retire` names. A malformed list, or a URL to retire that was never published,
    /// stops the run.
    func readPublishedURLs(diagnostics: inout [Diagnostic]) throws(DiagnosticList) -> PublishedURLs? {
        guard scope == .site else { return nil }
        var urls = PublishedURLs(content: options.content)
        var problems: [Diagnostic] = []
        if let data = FileManager.default.contents(atPath: urls.url.path) {
            let text = String(decoding: data, as: UTF8.self)
            urls.original = text
            if let parsed = urlMemo.parsed, parsed.text == text {
                urls.list = parsed.list
                problems = parsed.problems
            } else {
                urls.list = PublishedURLList.parse(text, file: urls.file, diagnostics: &problems)
                if keepsState { urlMemo.parsed = (text, urls.list, problems) }
            }
            urls.goneBefore = Set(urls.list.gone)
        }
        for retired in options.retire {
            let path = Alias.normalized(retired) ?? retired
            urls.retired.append((written: retired, path: path))
            guard urls.list.contains(path) else {
                problems.append(.error(.retireUnknown, ["url": .value(retired)], at: SourceLocation(file: urls.file),
                                       hint: .phrase("retire-listed", ["file": .value(urls.file)])))
                continue
            }
            urls.list.retire(path)
        }
        diagnostics += problems
        if problems.hasErrors { throw DiagnosticList([]) }
        return urls
    }

    /// The URLs withdrawn on purpose that get a page this run: not those the site makes again.
    func gonePaths(_ urls: PublishedURLs?, graph: ContentGraph) -> [String] {
        // The common case, and every save in the preview: nothing withdrawn, nothing to plan.
        guard let urls, !urls.list.gone.isEmpty else { return [] }
        let made = Set(SitePlanner.pages(for: graph).compactMap(\.pagePath) + graph.allItems.flatMap { $0.aliases.map(\.path) })
        return urls.list.gone.filter { !made.contains($0) }
    }

    /// Keep URLs, after the plan: every remembered URL is made or withdrawn, every alias is free.
    /// With the last run's jobs and the same list, a check that found nothing stands.
    func checkURLs(_ run: RunPlan, _ urls: PublishedURLs?, graph: ContentGraph,
                   diagnostics: inout [Diagnostic]) throws(DiagnosticList) {
        guard let urls else { return }
        if run.reused, let passed = urlMemo.passed, passed.text == urls.original { return }
        var warnings: [Diagnostic] = []
        defer { diagnostics += warnings }
        try checkURLs(urls, plan: run.plan, graph: graph, into: &diagnostics, warnings: &warnings)
        urlMemo.passed = keepsState && warnings.isEmpty ? URLCheckMemo.Passed(text: urls.original) : nil
    }

    private func checkURLs(_ urls: PublishedURLs, plan: BuildPlan, graph: ContentGraph,
                           into diagnostics: inout [Diagnostic], warnings: inout [Diagnostic]) throws(DiagnosticList) {
        var problems: [Diagnostic] = []
        var pages: [String: SiteJob.Source] = [:]
        for job in plan.siteJobs {
            if case .page(let path, _, let source) = job.kind, !source.isOldURL { pages[path] = source }
        }
        var aliased: [String: ItemKey] = [:]
        // Paths by their lower-case spelling: ids are lower case, aliases need not be.
        var spellings: [String: String] = [:]
        for path in pages.keys { spellings[path.lowercased()] = path }
        for item in graph.allItems {
            for alias in item.aliases {
                let folder = alias.path.split(separator: "/").first.map(String.init) ?? ""
                if URLScheme.serverFolders.contains(folder) {
                    problems.append(.error(.aliasTaken, ["alias": .value(alias.path), "page": .value("/\(folder)/")],
                                           at: alias.location, hint: .phrase("alias-remove")))
                } else if let source = pages[alias.path] {
                    problems.append(.error(.aliasTaken, ["alias": .value(alias.path), "page": .value(source.shownAs(alias.path))],
                                           at: alias.location, hint: .phrase("alias-remove")))
                } else if let other = aliased[alias.path] {
                    problems.append(.error(.duplicateAlias, ["alias": .value(alias.path), "item": Self.named(other)], at: alias.location))
                } else {
                    aliased[alias.path] = item.key
                    if let other = spellings[alias.path.lowercased()] {
                        warnings.append(.warning(.aliasCaseClash, ["alias": .value(alias.path), "other": .value(other)], at: alias.location))
                    } else {
                        spellings[alias.path.lowercased()] = alias.path
                    }
                }
            }
        }
        for (retired, path) in urls.retired {
            if let source = pages[path] {
                problems.append(.error(.retireLive, ["url": .value(retired), "page": .value(source.shownAs(path))],
                                       at: SourceLocation(file: urls.file, line: urls.list.entries[path]?.line ?? 1),
                                       hint: .phrase("retire-remove-first")))
            }
        }
        let made = Set(pages.keys).union(aliased.keys)
        for entry in urls.list.entries.values where !entry.gone && !made.contains(entry.path) {
            problems.append(.error(.urlDropped, ["url": .value(entry.path)],
                                   at: SourceLocation(file: urls.file, line: entry.line ?? 1),
                                   hint: Self.keepHint(entry.path, graph: graph, list: urls.list)))
        }
        diagnostics += problems
        if problems.hasErrors { throw DiagnosticList([]) }
    }

    /// After the run: the list with what it published, written back for `vitrine build`.
    func rememberURLs(_ urls: PublishedURLs?, plan: BuildPlan, update: inout BuildUpdate) {
        guard let urls, options.remembersURLs else { return }
        let next = urls.updated(making: PublishedURLs.remembered(plan.siteJobs))
        do {
            if let change = try urls.write(next) { update.urlsRemembered = (urls.file, change.added, change.withdrawn) }
        } catch {
            update.diagnostics.append(.error(.cannotWritePublishedURLs, ["reason": .value(error.localizedDescription)],
                                             at: SourceLocation(file: urls.file)))
        }
    }

    /// What to do about a URL the site no longer makes: the item it was, from the URL's shape,
    /// and the new item of that type (its URL never published) that may be it renamed: the one
    /// whose id is closest, or the only one.
    static func keepHint(_ path: String, graph: ContentGraph, list: PublishedURLList) -> DiagnosticText {
        let url = DiagnosticText.value(path)
        guard let key = URLScheme.itemKey(for: path) else { return .phrase("keep-url", ["url": url]) }
        let candidates = graph.items(key.type).filter { !list.contains(URLScheme.path($0.key)) }
        let closest = Suggestion.closest(to: key.id, among: candidates.map(\.id)) ?? (candidates.count == 1 ? candidates.first?.id : nil)
        if let closest, let renamed = candidates.first(where: { $0.id == closest }) {
            return .phrase("keep-url-renamed", ["item": named(key), "file": .value(renamed.file), "url": url])
        }
        return .phrase("keep-url-known", ["item": named(key), "url": url])
    }

    static func named(_ key: ItemKey) -> DiagnosticText {
        .phrase("the.\(key.type.rawValue)", ["id": .value(key.id)])
    }
}

extension SiteJob {
    /// The URL path of a page job.
    var pagePath: String? {
        if case .page(let path, _, let source) = kind, !source.isOldURL { path } else { nil }
    }
}

extension SiteJob.Source {
    var isOldURL: Bool {
        switch self {
        case .redirect, .gone: true
        default: false
        }
    }

    /// For a diagnostic: the item a page shows as a reference (`card:id`), else its path.
    func shownAs(_ path: String) -> String {
        if case .item(let key) = self { key.description } else { path }
    }
}
