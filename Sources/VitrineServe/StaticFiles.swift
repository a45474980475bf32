import Foundation

/// Resolves request paths to files under the served folder and nothing else: no `..`, no
/// symbolic links that lead out, no hidden files.
struct StaticFiles: Sendable {
    let root: URL

    enum Resolution: Equatable {
        case file(URL)
        /// A folder asked for without its trailing slash.
        case redirect(String)
        case notFound
    }

    init(root: URL) {
        self.root = root.resolvingSymlinksInPath().standardizedFileURL
    }

    func resolve(_ requestPath: String) -> Resolution {
        let path = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? requestPath
        guard let decoded = path.removingPercentEncoding, !decoded.contains("\0") else { return .notFound }
        let components = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !components.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return .notFound }
        var url = root
        for component in components { url.appendPathComponent(String(component)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard decoded.hasSuffix("/") else {
                // Built from the checked components, encoded again: never `//host` or raw bytes.
                let encoded = components.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "" }
                return .redirect("/" + encoded.joined(separator: "/") + "/")
            }
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path) else { return .notFound }
        }
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL
        guard resolved.path.hasPrefix(root.path + "/") else { return .notFound }
        return .file(resolved)
    }

    static func contentType(for url: URL) -> String {
        switch url.pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml; charset=utf-8"
        case "svg": "image/svg+xml"
        case "csv": "text/csv; charset=utf-8"
        case "md": "text/markdown; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "pdf": "application/pdf"
        case "woff2": "font/woff2"
        case "wasm": "application/wasm"
        default: "application/octet-stream"
        }
    }
}
