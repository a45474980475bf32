import Foundation

/// Writes a build into a staging folder beside the output folder and swaps it in only when
/// the whole build succeeded, so a failed build leaves the previous site intact. Refuses any
/// path that would land outside the folder.
final class OutputFolder: @unchecked Sendable {
    enum Failure: Error, CustomStringConvertible {
        case unsafePath(String)
        case io(String, String)

        var description: String {
            switch self {
            case .unsafePath(let path): "refusing to write outside the output folder: '\(path)'"
            case .io(let path, let message): "cannot write '\(path)': \(message)"
            }
        }
    }

    let target: URL
    let staging: URL
    private let lock = NSLock()
    private var createdDirectories: Set<String> = []

    init(target: URL) throws {
        self.target = target.standardizedFileURL
        let parent = self.target.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.target.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw Failure.io(staging.path, error.localizedDescription)
        }
    }

    /// Checks that `path` is relative and stays inside the folder.
    static func validate(_ path: String) throws {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !components.contains(".."), !components.contains("."),
              !components.contains(""), !path.contains("\0") else { throw Failure.unsafePath(path) }
    }

    func write(_ path: String, _ data: Data) throws {
        try Self.validate(path)
        let url = staging.appendingPathComponent(path)
        let directory = url.deletingLastPathComponent().path
        lock.lock()
        let known = createdDirectories.contains(directory)
        lock.unlock()
        do {
            if !known {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                lock.lock(); createdDirectories.insert(directory); lock.unlock()
            }
            try data.write(to: url)
        } catch {
            throw Failure.io(path, error.localizedDescription)
        }
    }

    func write(_ path: String, _ text: String) throws { try write(path, Data(text.utf8)) }

    /// Replaces the output folder with the staging folder.
    func commit() throws {
        let manager = FileManager.default
        let old = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: old)
        do {
            if manager.fileExists(atPath: target.path) { try manager.moveItem(at: target, to: old) }
            try manager.moveItem(at: staging, to: target)
        } catch {
            if manager.fileExists(atPath: old.path) && !manager.fileExists(atPath: target.path) {
                try? manager.moveItem(at: old, to: target)
            }
            throw Failure.io(target.path, error.localizedDescription)
        }
        try? manager.removeItem(at: old)
    }

    /// Throws the staging folder away; the output folder is untouched.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
