import Foundation
import VitrineContent
import VitrineTemplates
import VitrineTheme

/// Copies the theme's CSS and JS with content-hashed names (fingerprinting), so they can be
/// cached forever, and the content's own assets as they are.
public struct AssetPipeline: Sendable {
    public let theme: Theme
    public let content: String

    public init(theme: Theme, content: String) {
        self.theme = theme
        self.content = content
    }

    /// The assets to publish: the theme's files (CSS and JS fingerprinted) and the
    /// content's own `assets/`, with the published names of site.css and site.js.
    public func collect() throws -> PublishedAssets {
        var names: [String: String] = [:]
        var files: [OutputFile] = []
        var themeFiles: [String: String] = [:]
        for themePath in theme.paths(under: "assets") {
            guard let file = theme.file(themePath) else { continue }
            let path = String(themePath.dropFirst("assets/".count))
            let url = URL(fileURLWithPath: "/" + path)
            let data = Data(file.bytes)
            let ext = url.pathExtension
            let name = ["css", "js"].contains(ext)
                ? url.deletingPathExtension().lastPathComponent + "." + Self.fingerprint(data) + "." + ext
                : url.lastPathComponent
            let folder = path.split(separator: "/").dropLast().map { $0 + "/" }.joined()
            files.append(OutputFile(path: "assets/" + folder + name, bytes: file.bytes))
            names[path] = "/assets/" + folder + name
            themeFiles["assets/" + path] = file.display
        }
        let contentAssets = URL(fileURLWithPath: content).appendingPathComponent("assets")
        let taken = Set(files.map(\.path))
        for path in Self.files(under: contentAssets) {
            guard !taken.contains("assets/" + path) else {
                throw Diagnostic.error(.assetNameClash, ["theme": .value(themeFiles["assets/" + path] ?? path)],
                                       at: SourceLocation(file: "\(content)/assets/\(path)"))
            }
            files.append(OutputFile(path: "assets/" + path, bytes: Array(try Data(contentsOf: contentAssets.appendingPathComponent(path).resolvingSymlinksInPath()))))
        }
        return PublishedAssets(files: files, names: AssetNames(stylesheet: names["site.css"] ?? "", script: names["site.js"] ?? "",
                                                             favicon: names["favicon.svg"] ?? ""))
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
        let hex = String(FNV1a.hash(data), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
