import Foundation
@testable import VitrineBuild
import VitrineContent

/// Replays a sequence of edits on a fresh copy of the valid fixture site with an empty
/// templates folder of its own (every theme file built in until an edit overrides it). After
/// every edit the session the preview keeps is rebuilt with the watcher's changed paths, and
/// a full build of the same files into a fresh folder must give the same diagnostics and,
/// when it succeeds, the same files byte for byte; when it fails, the preview keeps the last
/// good site.
final class IncrementalReplay {
    struct Mismatch: Error, CustomStringConvertible {
        /// The edit after which the session and the full build differ; -1 for the first run.
        var step: Int
        var problem: String
        var description: String { "after step \(step): \(problem)" }
    }

    struct Tally {
        var steps = 0
        var succeeded = 0
        var failed = 0
        /// How many failed runs had an error of each code: what kept the site broken.
        var errors: [String: Int] = [:]
    }

    let root: URL
    let content: URL
    let templates: URL
    let preview: URL
    let drafts: Bool
    private(set) var tally = Tally()

    /// `extraCards` cards more (all of one kind and theme, from one publication) make every
    /// list long enough for pages of its own, so that edits move items between pages.
    /// `drafts`: both builds include drafts, as `vitrine serve --drafts` does.
    init(extraCards: Int = 0, drafts: Bool = false) throws {
        self.drafts = drafts
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("vitrine-property-\(UUID().uuidString)")
        content = root.appendingPathComponent("Content")
        templates = root.appendingPathComponent("Templates")
        preview = root.appendingPathComponent("Preview")
        try manager.createDirectory(at: templates, withIntermediateDirectories: true)
        try manager.copyItem(at: SiteBuildTests.fixture, to: content)
        for number in 0..<extraCards {
            let id = String(format: "lijst-%02d", number)
            try Data("---\ntitle: Lijst \(id)\nsummary: Nummer \(number).\npublication: rapport\nkind: belemmering\nthemes: [scholing]\n---\n".utf8)
                .write(to: content.appendingPathComponent("cards/\(id).md"))
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// The site's files as text, relative to the root: the model the generator starts from.
    func files() throws -> [String: String] {
        var files: [String: String] = [:]
        for (folder, url) in [("Content", content), ("Templates", templates)] {
            for (path, data) in Self.snapshot(url) { files["\(folder)/\(path)"] = String(decoding: data, as: UTF8.self) }
        }
        return files
    }

    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            let url = folder.appendingPathComponent(path)
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files[path] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }

    /// Runs the edits in order; the first step at which the session and a full build differ.
    func run(_ edits: [SiteEdit]) throws -> Mismatch? {
        let session = BuildSession(options: BuildOptions(content: content.path, templates: templates.path,
                                                                 includeDrafts: drafts, search: false),
                                   output: .inPlace(preview, marked: true))
        if let mismatch = try compare(session, changed: nil, step: -1) { return mismatch }
        for (step, edit) in edits.enumerated() {
            let changed = try edit.apply(in: root)
            if let mismatch = try compare(session, changed: changed, step: step) { return mismatch }
        }
        return nil
    }

    private func compare(_ session: BuildSession, changed: Set<String>?, step: Int) throws -> Mismatch? {
        let before = Self.snapshot(preview)
        let update = session.rebuild(changedPaths: changed)
        let fullFolder = root.appendingPathComponent("Full")
        defer { try? FileManager.default.removeItem(at: fullFolder) }
        let full = BuildSession.build(BuildOptions(content: content.path, templates: templates.path,
                                                   output: fullFolder.path, includeDrafts: drafts, search: false))
        tally.steps += 1
        if full.succeeded { tally.succeeded += 1 } else { tally.failed += 1 }
        for code in Set(full.diagnostics.filter { $0.severity == .error }.map(\.code.rawValue)) { tally.errors[code, default: 0] += 1 }
        let sessionSays = update.diagnostics.map(\.description), fullSays = full.diagnostics.map(\.description)
        if sessionSays != fullSays {
            return Mismatch(step: step, problem: "diagnostics differ:\n  session: \(sessionSays)\n  full:    \(fullSays)")
        }
        let after = Self.snapshot(preview)
        let expected = full.succeeded ? Self.snapshot(fullFolder) : before
        let differing = Set(expected.keys).union(after.keys).filter { expected[$0] != after[$0] }.sorted()
        if !differing.isEmpty {
            return Mismatch(step: step, problem: (full.succeeded ? "output differs from a full build in " : "a failed run changed the preview in ")
                            + differing.map { path in
                                "\(path) (\(after[path] == nil ? "missing" : expected[path] == nil ? "extra" : "different bytes"))"
                            }.joined(separator: ", "))
        }
        return nil
    }

    /// A shorter sequence that still fails, found by dropping halves, quarters ... and single
    /// edits while the replay still fails (each try on a fresh site); at most `budget` replays.
    static func shrink(_ edits: [SiteEdit], failingAt step: Int, extraCards: Int = 0, drafts: Bool = false, budget: Int = 400) throws -> (edits: [SiteEdit], mismatch: Mismatch) {
        var current = Array(edits.prefix(step + 1))
        var mismatch = Mismatch(step: step, problem: "")
        var tries = 0
        func fails(_ candidate: [SiteEdit]) throws -> Mismatch? {
            tries += 1
            return try IncrementalReplay(extraCards: extraCards, drafts: drafts).run(candidate)
        }
        if let first = try fails(current) { mismatch = first; current = Array(current.prefix(first.step + 1)) }
        var chunk = max(1, current.count / 2)
        while tries < budget {
            var removedAny = false
            var start = 0
            while start < current.count, tries < budget {
                var candidate = current
                candidate.removeSubrange(start..<min(current.count, start + chunk))
                if let found = try fails(candidate) {
                    current = Array(candidate.prefix(found.step + 1))
                    mismatch = found
                    removedAny = true
                } else {
                    start += chunk
                }
            }
            if chunk == 1 && !removedAny { break }
            chunk = max(1, chunk / 2)
        }
        return (current, mismatch)
    }
}
