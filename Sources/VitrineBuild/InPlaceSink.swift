import Foundation
#if canImport(Glibc)
import Glibc
#endif
import VitrineContent
import VitrineTemplates

/// For the preview and for `vitrine report`: files are updated where they are. A file whose
/// bytes did not change is not touched; the others are written beside their final name and
/// renamed over it at `commit`, so a reader never sees half a page and a failed rebuild
/// changes nothing.
public final class InPlaceSink: OutputSink, @unchecked Sendable {
    public let target: URL
    private let writer = FileWriter()
    private let lock = NSLock()
    /// Fingerprints of the files this sink put on disk.
    private var fingerprints: [String: UInt64] = [:]
    private var pending: [(temporary: String, path: String, fingerprint: UInt64)] = []
    private var removals: [String] = []
    private let token = "\(ProcessInfo.processInfo.processIdentifier)"

    /// `marked`: the folder is Vitrine's own (it gets the output marker and may be cleaned);
    /// false for a folder the user names for one report.
    public let marked: Bool

    public init(target: URL, marked: Bool = true) {
        self.target = target.standardizedFileURL
        self.marked = marked
    }

    public var present: Set<String> {
        lock.lock(); defer { lock.unlock() }
        return Set(fingerprints.keys)
    }

    public func write(_ file: OutputFile) throws(OutputFailure) -> Bool {
        try OutputTarget.validate(file.path)
        let fingerprint = FNV1a.hash(file.bytes)
        lock.lock()
        let same = fingerprints[file.path] == fingerprint
        lock.unlock()
        if same { return false }
        let path = target.path + "/" + file.path
        let slash = path.lastIndex(of: "/") ?? path.startIndex
        let temporary = String(path[..<slash]) + "/." + String(path[path.index(after: slash)...]) + ".\(token).tmp"
        try writer.makeFolder(of: path)
        try writer.write(file.bytes, to: temporary, shownAs: file.path)
        lock.lock()
        pending.append((temporary, file.path, fingerprint))
        lock.unlock()
        return true
    }

    public func remove(_ path: String) {
        lock.lock()
        removals.append(path)
        lock.unlock()
    }

    public func commit() throws(OutputFailure) {
        // The next run tries writing again however this one ended (a run that found the disk
        // full discards today, but that is the caller's choice, not this sink's guarantee).
        writer.startOver()
        lock.lock(); defer { lock.unlock() }
        for (index, file) in pending.enumerated() {
            let path = target.path + "/" + file.path
            guard rename(file.temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                for rest in pending[index...] { unlink(rest.temporary) }
                pending = []
                throw .io(file.path, reason)
            }
            fingerprints[file.path] = file.fingerprint
        }
        pending = []
        for path in removals where fingerprints[path] != nil {
            unlink(target.path + "/" + path)
            fingerprints[path] = nil
        }
        removals = []
    }

    public func discard() {
        writer.startOver()
        lock.lock(); defer { lock.unlock() }
        for file in pending { unlink(file.temporary) }
        pending = []
        removals = []
    }
}
