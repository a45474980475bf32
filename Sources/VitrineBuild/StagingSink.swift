import Foundation
#if canImport(Glibc)
import Glibc
#endif
import VitrineTemplates

/// For a full build: files go into a staging folder beside the output folder, which replaces
/// the output folder only when the whole build succeeded. Refuses any path that would land
/// outside the folder, and any target that holds the content or was not made by Vitrine.
public final class StagingSink: OutputSink, @unchecked Sendable {
    public let target: URL
    /// The folder being filled.
    public let staging: URL
    private let writer = FileWriter()

    public init(target: URL, protecting protected: [URL]) throws(OutputFailure) {
        try OutputTarget.check(target, protecting: protected)
        self.target = target.standardizedFileURL
        Self.removeLeftovers(of: self.target)
        let parent = self.target.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.target.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .io(staging.path, error.localizedDescription)
        }
    }

    public var marked: Bool { true }

    public var present: Set<String> { [] }

    public func write(_ file: OutputFile) throws(OutputFailure) -> Bool {
        try OutputTarget.validate(file.path)
        let path = staging.path + "/" + file.path
        try writer.makeFolder(of: path)
        try writer.write(file.bytes, to: path, shownAs: file.path)
        return true
    }

    public func remove(_ path: String) {}

    /// Replaces the output folder with the staging folder: in one exchange where the system
    /// offers it (the old site then sits at the staging path and is removed), else in two renames.
    public func commit() throws(OutputFailure) {
        let manager = FileManager.default
        if !manager.fileExists(atPath: target.path) {
            guard rename(staging.path, target.path) == 0 else { throw .io(target.path, String(cString: strerror(errno))) }
            return
        }
        if FolderSwap.exchange(staging.path, target.path) {
            try? manager.removeItem(at: staging)
            return
        }
        let old = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: old)
        do {
            try manager.moveItem(at: target, to: old)
            try manager.moveItem(at: staging, to: target)
        } catch {
            if manager.fileExists(atPath: old.path) && !manager.fileExists(atPath: target.path) {
                try? manager.moveItem(at: old, to: target)
            }
            throw .io(target.path, error.localizedDescription)
        }
        try? manager.removeItem(at: old)
    }

    /// Removes the staging and old folders of builds that were killed (their process is gone).
    static func removeLeftovers(of target: URL) {
        let parent = target.deletingLastPathComponent()
        let prefixes = [".\(target.lastPathComponent).staging-", ".\(target.lastPathComponent).old-"]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let prefix = prefixes.first(where: entry.hasPrefix), let pid = Int32(entry.dropFirst(prefix.count)),
                  pid != ProcessInfo.processInfo.processIdentifier, kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    public func discard() {
        writer.startOver()
        try? FileManager.default.removeItem(at: staging)
    }
}
