import Foundation

/// Pagefind, the static search indexer, when it is installed: in the project's `.venv`
/// (where `make site` puts it) or on PATH.
public struct Pagefind: Sendable {
    public let executable: String

    public static func locate() -> Pagefind? {
        var candidates = [".venv/bin/pagefind", ".venv/bin/pagefind_extended"]
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append("\(directory)/pagefind")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(Pagefind.init)
    }
}
