#if canImport(Glibc)
import Foundation
import Glibc

/// The folders one inotify descriptor watches, by watch descriptor. Adding stops at the
/// system's watch limit (`fs.inotify.max_user_watches`, ENOSPC), which a large content tree or
/// other programs' watches can reach; the caller then watches by polling instead.
struct InotifyWatches {
    enum Outcome: Equatable { case added, limitReached }

    static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB)

    let descriptor: Int32
    private(set) var folders: [Int32: String] = [:]

    init(descriptor: Int32) { self.descriptor = descriptor }

    subscript(watch: Int32) -> String? { folders[watch] }

    /// Watches `directory` and every folder below it. A folder that cannot be watched for any
    /// other reason (removed meanwhile, no permission) is skipped, as the loader skips it.
    mutating func addTree(_ directory: String) -> Outcome {
        let watch = inotify_add_watch(descriptor, directory, Self.mask)
        if watch < 0 && errno == ENOSPC { return .limitReached }
        if watch >= 0 { folders[watch] = directory }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            // lstat: a symbolic link to a folder is not followed (it could loop, or lead
            // anywhere); the loader does not follow it either.
            var info = stat()
            let path = directory + "/" + entry
            if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, addTree(path) == .limitReached {
                return .limitReached
            }
        }
        return .added
    }
}
#endif
