import Foundation
import VitrineContent

/// Test fixtures: `Fixtures/valid` is a small, complete site; each `Fixtures/broken/<name>`
/// holds the files that differ from it (and `remove.txt`, paths to delete, `*` for all),
/// plus `expected.txt` and `expected.nl.txt`, the exact output of `vitrine check` in English
/// and in Dutch.
enum Fixtures {
    static let root = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static var brokenNames: [String] {
        let folder = root.appendingPathComponent("broken")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// Copies the valid site, applies the broken fixture's changes, and returns the folder.
    static func assemble(_ broken: String?) throws -> URL {
        let manager = FileManager.default
        let target = manager.temporaryDirectory.appendingPathComponent("vitrine-fixture-\(UUID().uuidString)/Content")
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try manager.copyItem(at: root.appendingPathComponent("valid"), to: target)
        guard let broken else { return target }
        let overlay = root.appendingPathComponent("broken/\(broken)")
        let files = manager.enumerator(at: overlay, includingPropertiesForKeys: [.isDirectoryKey])!
        for case let url as URL in files {
            let relative = String(url.standardizedFileURL.path.dropFirst(overlay.standardizedFileURL.path.count + 1))
            guard !["expected.txt", "expected.nl.txt", "remove.txt"].contains(relative),
                  (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true else { continue }
            let destination = target.appendingPathComponent(relative)
            try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.removeItem(at: destination)
            try manager.copyItem(at: url, to: destination)
        }
        if let removals = try? String(contentsOf: overlay.appendingPathComponent("remove.txt"), encoding: .utf8) {
            for line in removals.split(separator: "\n") {
                let paths = line == "*" ? try manager.contentsOfDirectory(atPath: target.path) : [String(line)]
                for path in paths { try manager.removeItem(at: target.appendingPathComponent(path)) }
            }
        }
        return target
    }

    /// `expected.txt` (English) or `expected.<language>.txt`.
    static func expected(_ broken: String, in language: DiagnosticLanguage = .en) throws -> String {
        let name = language == .en ? "expected.txt" : "expected.\(language.rawValue).txt"
        return try String(contentsOf: root.appendingPathComponent("broken/\(broken)/\(name)"), encoding: .utf8)
    }

    static func load(_ broken: String? = nil) throws -> ContentLoader.Result {
        let folder = try assemble(broken)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        return ContentLoader(directory: folder.path, displayPath: "Content").load()
    }
}
