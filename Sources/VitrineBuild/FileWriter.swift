import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plain system calls for writing many files: on thousands of files Foundation's writer
/// costs about twice as much. Folders are made once each. Once a write finds the disk full,
/// nothing more is tried until `startOver`: the build fails with that one diagnostic instead
/// of one per file (542 for the shipped content, measured).
final class FileWriter: @unchecked Sendable {
    private let lock = NSLock()
    private var folders: Set<String> = []
    private var full = false

    init() { _ = Self.fileSizeLimitIsAnError }

    /// Over a file-size limit (`ulimit -f`) the system would kill the process with SIGXFSZ, in
    /// the middle of a build; ignored, the write fails with EFBIG and is reported like a full disk.
    private static let fileSizeLimitIsAnError: Void = {
        #if canImport(Glibc)
        signal(SIGXFSZ, SIG_IGN)
        #endif
    }()

    /// Tries writing again (a new run: space may have been made).
    func startOver() {
        lock.lock()
        full = false
        lock.unlock()
    }

    private var isFull: Bool {
        lock.lock(); defer { lock.unlock() }
        return full
    }

    /// The failure for `code`: the first that says the disk is full is `diskFull`, any later
    /// one (also from another thread at the same moment) `notWritten`.
    private func failure(_ name: String, _ code: Int32) -> OutputFailure {
        let reason = String(cString: strerror(code))
        guard code == ENOSPC || code == EDQUOT || code == EFBIG else { return .io(name, reason) }
        lock.lock(); defer { lock.unlock() }
        if full { return .notWritten(name) }
        full = true
        return .diskFull(name, reason)
    }

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
            throw failure(folder, errno)
        }
        try make(String(folder[..<slash]))
        if mkdir(folder, 0o755) != 0 && errno != EEXIST { throw failure(folder, errno) }
    }

    /// Writes `bytes` to `path` (created or truncated).
    func write(_ bytes: [UInt8], to path: String, shownAs name: String) throws(OutputFailure) {
        if isFull { throw .notWritten(name) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(name, errno) }
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
        let code = written == bytes.count ? nil : errno
        if close(descriptor) != 0 && code == nil { let closing = errno; unlink(path); throw failure(name, closing) }
        if let code { unlink(path); throw failure(name, code) }
    }
}
