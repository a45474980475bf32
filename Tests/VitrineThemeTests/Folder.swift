import Foundation

/// Files of a folder and temporary folders, for comparing sites byte for byte.
enum Folder {
    /// Every regular file below `root` by relative path (hidden files included), with its bytes.
    static func files(_ root: URL) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in FileManager.default.subpaths(atPath: root.path) ?? [] {
            let url = root.appendingPathComponent(path)
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[path] = Array(try Data(contentsOf: url))
        }
        return files
    }

    static func temporary(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
