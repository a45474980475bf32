import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plain system calls for writing many files: on thousands of files Foundation's writer
/// costs about twice as much. Folders are made once each.
final class FileWriter: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: Set<String> = []

    /// Makes the folder of `path` (and its parents) unless this writer already did.
    func makeFolder(of path: String) throws(OutputFailure) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        lock.lock()
        let known = folders.contains(folder)
        lock.unlock()
        guard !known else { return }
        try make(folder)
        lock.lock()
        folders.insert(folder)
        lock.unlock()
    }

    /// One mkdir for a folder whose parent exists (nearly every page's); parents first otherwise.
    private func make(_ folder: String) throws(OutputFailure) {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = folder.lastIndex(of: "/"), slash > folder.startIndex else {
            throw .io(folder, String(cString: strerror(errno)))
        }
        try make(String(folder[..<slash]))
        if mkdir(folder, 0o755) != 0 && errno != EEXIST { throw .io(folder, String(cString: strerror(errno))) }
    }

    /// Writes `bytes` to `path` (created or truncated).
    func write(_ bytes: [UInt8], to path: String, shownAs name: String) throws(OutputFailure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(name, String(cString: strerror(errno))) }
        let written = bytes.withUnsafeBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, base.advanced(by: offset), buffer.count - offset)
                if count < 0 { if errno == EINTR { continue }; return -1 }
                offset += count
            }
            return offset
        }
        let reason = written == bytes.count ? nil : String(cString: strerror(errno))
        if close(descriptor) != 0 && reason == nil { throw .io(name, String(cString: strerror(errno))) }
        if let reason { unlink(path); throw .io(name, reason) }
    }
}
