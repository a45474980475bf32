import Foundation

/// Copies the templates' CSS and JS with content-hashed names (fingerprinting), so they can be
/// cached forever, and the content's own assets as they are.
struct AssetPipeline {
    let templates: String
    let content: String


    func copy(into output: OutputFolder) throws -> (stylesheet: String, script: String, count: Int) {
        var names: [String: String] = [:]
        var count = 0
        let templateAssets = URL(fileURLWithPath: templates).appendingPathComponent("assets")
        for path in Self.files(under: templateAssets) {
            let url = templateAssets.appendingPathComponent(path)
            let data = try Data(contentsOf: url)
            let ext = url.pathExtension
            let fingerprinted = ["css", "js"].contains(ext)
                ? url.deletingPathExtension().lastPathComponent + "." + Self.fingerprint(data) + "." + ext
                : url.lastPathComponent
            let target = "assets/" + (path.contains("/") ? path.split(separator: "/").dropLast().joined(separator: "/") + "/" : "") + fingerprinted
            try output.write(target, data)
            names[path] = "/" + target
            count += 1
        }
        let contentAssets = URL(fileURLWithPath: content).appendingPathComponent("assets")
        for path in Self.files(under: contentAssets) {
            try output.copy(contentAssets.appendingPathComponent(path), to: "assets/" + path)
            count += 1
        }
        return (names["site.css"] ?? "", names["site.js"] ?? "", count)
    }

    /// Regular files below `folder`, relative, sorted; hidden files skipped.
    static func files(under folder: URL) -> [String] {
        (FileManager.default.subpaths(atPath: folder.path) ?? [])
            .filter { path in
                !path.split(separator: "/").contains { $0.hasPrefix(".") }
                    && (try? folder.appendingPathComponent(path).resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            }
            .sorted()
    }

    /// FNV-1a, 64 bits, as 16 hex digits: stable across runs and machines.
    static func fingerprint(_ data: Data) -> String {
        var hash: UInt64 = 14695981039346656037
        for byte in data { hash = (hash ^ UInt64(byte)) &* 1099511628211 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
