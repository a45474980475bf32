#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists a folder tree with readdir: an order of magnitude faster than FileManager's
/// enumerator with resource values on 10,000 files, which matters for rebuilds on every save.
enum DirectoryWalker {
    enum Kind { case file, other }

    /// Paths relative to `root` of every entry that is not a folder, skipping hidden names.
    /// Symbolic links and special files are reported as `.other`.
    static func entries(under root: String) -> [(path: String, kind: Kind)] {
        var result: [(String, Kind)] = []
        walk(root, prefix: "", into: &result)
        return result
    }

    private static func walk(_ directory: String, prefix: String, into result: inout [(String, Kind)]) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            let path = directory + "/" + name
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK)
            }
            if type == Int32(DT_DIR) {
                walk(path, prefix: relative, into: &result)
            } else {
                result.append((relative, type == Int32(DT_REG) ? .file : .other))
            }
        }
    }
}
