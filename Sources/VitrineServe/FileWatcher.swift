import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders and calls `onChange` once per burst of changes: a save, an editor's
/// write-to-temporary-then-rename, or a `git checkout` touching hundreds of files all end in
/// one call after the files have been quiet for `quietPeriod`. Uses Linux inotify where it is
/// available and falls back to polling file signatures: where inotify is missing, and when the
/// system's watch limit is reached, at the start or later for a new folder (`onFallback` is
/// then called once, with the number of folders inotify could watch). `onChange` gets the
/// paths that changed, or nil when they are not known (polling, or an overflowing queue).
final class FileWatcher: @unchecked Sendable {
    enum Mechanism: Equatable {
        case inotify
        case polling
        /// Polling because inotify could watch only this many folders.
        case pollingAtWatchLimit(watched: Int)
    }

    let roots: [String]
    let quietPeriod: Int32 = 30  // milliseconds
    private let onChange: @Sendable (Set<String>?) -> Void
    private let onFallback: @Sendable (Int) -> Void

    init(roots: [String], onFallback: @escaping @Sendable (Int) -> Void = { _ in },
         onChange: @escaping @Sendable (Set<String>?) -> Void) {
        self.roots = roots
        self.onFallback = onFallback
        self.onChange = onChange
    }

    /// Adds the watches, then watches on a thread of its own; returns the mechanism used.
    @discardableResult
    func start() -> Mechanism {
        #if canImport(Glibc)
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        if descriptor >= 0 {
            var watches = InotifyWatches(descriptor: descriptor)
            if roots.allSatisfy({ watches.addTree($0) == .added }) {
                startThread("vitrine-watch") { [self, watches] in watchWithInotify(watches) }
                return .inotify
            }
            close(descriptor)
            startThread("vitrine-poll") { [self] in watchByPolling() }
            return .pollingAtWatchLimit(watched: watches.folders.count)
        }
        #endif
        startThread("vitrine-poll") { [self] in watchByPolling() }
        return .polling
    }

    private func startThread(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.name = name
        thread.start()
    }

    #if canImport(Glibc)
    private func watchWithInotify(_ initial: InotifyWatches) {
        var watches = initial
        let descriptor = watches.descriptor
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            // Block until something happens, then drain until the folder is quiet.
            var changed = false
            var limitReached = false
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
                    if let parent = watches[event.wd] {
                        let name = event.len > 0
                            ? String(cString: buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                                .assumingMemoryBound(to: CChar.self))
                            : ""
                        paths?.insert(name.isEmpty ? parent : parent + "/" + name)
                        if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
                           !name.isEmpty, watches.addTree(parent + "/" + name) == .limitReached {
                            limitReached = true
                        }
                    }
                    offset += MemoryLayout<inotify_event>.size + Int(event.len)
                }
                changed = true
                timeout = quietPeriod
            }
            if limitReached {
                // A new folder could not be watched: from here on, polling sees everything.
                close(descriptor)
                onFallback(watches.folders.count)
                onChange(nil)
                return watchByPolling()
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
