import Foundation

/// Writes a build into a staging folder beside the output folder and swaps it in only when
/// the whole build succeeded, so a failed build leaves the previous site intact. Refuses any
/// path that would land outside the folder.
final class OutputFolder: @unchecked Sendable {
    enum Failure: Error, CustomStringConvertible {
        case unsafePath(String)
        case io(String, String)
        case unsafeTarget(String, String)

        var description: String {
            switch self {
            case .unsafePath(let path): "refusing to write outside the output folder: '\(path)'"
            case .io(let path, let message): "cannot write '\(path)': \(message)"
            case .unsafeTarget(let path, let reason): "refusing to replace '\(path)': \(reason)"
            }
        }
    }

    /// Written into every output folder; a folder without it was not made by Vitrine and is
    /// never replaced (a mistyped `--output Content` must not delete the content).
    static let marker = ".vitrine-output"
    static let markerContents = Data("Made by vitrine; replaced as a whole by each build.\n".utf8)

    /// Checks that replacing `target` cannot destroy anything else: it may not be or contain
    /// one of `protected` (the content, the templates, the working directory), and an
    /// existing non-empty folder must carry the marker.
    static func checkTarget(_ target: URL, protecting protected: [URL]) throws {
        let path = target.resolvingSymlinksInPath().standardizedFileURL.path
        for folder in protected {
            let other = folder.resolvingSymlinksInPath().standardizedFileURL.path
            if other == path || other.hasPrefix(path == "/" ? "/" : path + "/") {
                throw Failure.unsafeTarget(target.path, "it holds '\(folder.path)'; choose another output folder")
            }
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if !entries.isEmpty && !entries.contains(marker) {
            throw Failure.unsafeTarget(target.path, "it is not empty and was not made by vitrine (no \(marker) in it); remove it or choose another output folder")
        }
    }

    let target: URL
    let staging: URL
    private let lock = NSLock()
    private var createdDirectories: Set<String> = []

    init(target: URL, protecting protected: [URL]) throws {
        try Self.checkTarget(target, protecting: protected)
        self.target = target.standardizedFileURL
        let parent = self.target.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.target.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            try Self.markerContents.write(to: staging.appendingPathComponent(Self.marker))
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
