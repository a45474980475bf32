import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders and calls `onChange` once per burst of changes: a save, an editor's
/// write-to-temporary-then-rename, or a `git checkout` touching hundreds of files all end in
/// one call after the files have been quiet for `quietPeriod`. Uses Linux inotify where it is
/// available and falls back to polling file signatures. The call gets the paths that changed,
/// or nil when they are not known (polling, or an overflowing inotify queue).
final class FileWatcher: @unchecked Sendable {
    let roots: [String]
    let quietPeriod: Int32 = 30  // milliseconds
    private let onChange: @Sendable (Set<String>?) -> Void

    init(roots: [String], onChange: @escaping @Sendable (Set<String>?) -> Void) {
        self.roots = roots
        self.onChange = onChange
    }

    /// Starts watching on a thread of its own; returns the mechanism used.
    @discardableResult
    func start() -> String {
        #if canImport(Glibc)
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        if descriptor >= 0 {
            let thread = Thread { [self] in watchWithInotify(descriptor) }
            thread.name = "vitrine-watch"
            thread.start()
            return "inotify"
        }
        #endif
        let thread = Thread { [self] in watchByPolling() }
        thread.name = "vitrine-poll"
        thread.start()
        return "polling"
    }

    #if canImport(Glibc)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB)

    private func watchWithInotify(_ descriptor: Int32) {
        var watched: [Int32: String] = [:]
        func add(_ directory: String) {
            let wd = inotify_add_watch(descriptor, directory, Self.mask)
            if wd >= 0 { watched[wd] = directory }
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
                // lstat: a symbolic link to a folder is not followed (it could loop, or lead
                // anywhere); the loader does not follow it either.
                var info = stat()
                let path = directory + "/" + entry
                if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { add(path) }
            }
        }
        roots.forEach(add)
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            // Block until something happens, then drain until the folder is quiet.
            var changed = false
            var paths: Set<String>? = []
            var timeout: Int32 = -1
            while true {
                var descriptorSet = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&descriptorSet, 1, timeout)
                if ready < 0 && errno == EINTR { continue }
                guard ready > 0 else { break }
                let count = read(descriptor, buffer, size)
                guard count > 0 else { break }
                var offset = 0
                while offset < count {
                    let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                    if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { paths = nil }
                    if let parent = watched[event.wd] {
                        let name = event.len > 0
                            ? String(cString: buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                                .assumingMemoryBound(to: CChar.self))
                            : ""
                        paths?.insert(name.isEmpty ? parent : parent + "/" + name)
                    }
                    if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
                       let parent = watched[event.wd], event.len > 0 {
                        let name = String(cString: buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                            .assumingMemoryBound(to: CChar.self))
                        add(parent + "/" + name)
                    }
                    offset += MemoryLayout<inotify_event>.size + Int(event.len)
                }
                changed = true
                timeout = quietPeriod
            }
            if changed { onChange(paths) }
        }
    }
    #endif

    private func watchByPolling() {
        var last = signature()
        while true {
            Thread.sleep(forTimeInterval: 0.3)
            var current = signature()
            guard current != last else { continue }
            // Wait for the burst to end.
            repeat {
                last = current
                Thread.sleep(forTimeInterval: Double(quietPeriod) / 1000)
                current = signature()
            } while current != last
            onChange(nil)
        }
    }

    /// Every file's path, size and modification time.
    private func signature() -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        for root in roots {
            for path in FileManager.default.subpaths(atPath: root) ?? [] {
                let full = root + "/" + path
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: full) else { continue }
                let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
                let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[full] = [size, time]
            }
        }
        return result
    }
}
