import Foundation
import VitrineContent

/// Where a site's theme comes from: the built-in theme, overridden file by file by the site's
/// own templates folder when there is one. Resolved once per command; `load()` reads the
/// files as they are now (the preview calls it again after a template changed).
public struct ThemeSource: Sendable, Hashable {
    /// The site's templates folder as the user gave it or as found beside the content (the
    /// name diagnostics use); nil when the site has none.
    public let folder: String?
    /// Given with `--templates`: a folder that does not exist is an error.
    public let required: Bool
    /// False only for a folder loaded on its own (tests of the template engine).
    public let includesBuiltIn: Bool

    public init(folder: String?, required: Bool = false, includesBuiltIn: Bool = true) {
        self.folder = folder.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.required = required
        self.includesBuiltIn = includesBuiltIn
    }

    /// The built-in theme alone.
    public static let builtIn = ThemeSource(folder: nil)

    /// `--templates DIR` when given; else `Templates/` beside the content folder when it
    /// exists (from the repository root: `Templates`); else the built-in theme alone.
    public static func resolve(templates: String?, content: String) -> ThemeSource {
        if let templates { return ThemeSource(folder: templates, required: true) }
        let sibling = Self.sibling(of: content)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: sibling, isDirectory: &isFolder), isFolder.boolValue else { return .builtIn }
        return ThemeSource(folder: sibling)
    }

    /// `Templates` beside `content`, named relative the way `content` is (`Content` →
    /// `Templates`, `mijn-site/Content` → `mijn-site/Templates`).
    static func sibling(of content: String) -> String {
        var trimmed = content
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        let parent = (trimmed as NSString).deletingLastPathComponent
        return parent.isEmpty ? "Templates" : (parent as NSString).appendingPathComponent("Templates")
    }

    /// The site's folder, absolute and standardized, when it has one (what the preview watches).
    public var folderURL: URL? { folder.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL } }

    /// The theme's files as they are now.
    public func load() -> (theme: Theme, diagnostics: [Diagnostic]) {
        var files: [String: ThemeFile] = [:]
        var diagnostics: [Diagnostic] = []
        if includesBuiltIn {
            for (path, bytes) in BuiltInTheme.files {
                files[path] = ThemeFile(path: path, bytes: bytes, display: "\(BuiltInTheme.display)/\(path)", origin: .builtIn)
            }
        }
        if let folder, let root = folderURL {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue {
                for path in Self.files(under: root) {
                    let display = "\(folder)/\(path)"
                    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                        diagnostics.append(.error(.unreadableThemeFile, at: SourceLocation(file: display)))
                        continue
                    }
                    files[path] = ThemeFile(path: path, bytes: Array(data), display: display,
                                            origin: .site(replacesBuiltIn: includesBuiltIn && BuiltInTheme.files[path] != nil))
                }
            } else if required {
                diagnostics.append(.error(.missingTemplatesFolder, ["folder": .value(folder)], at: SourceLocation(file: folder),
                                          hint: .phrase("export-theme", ["command": .value("vitrine theme export \(folder)")])))
            }
        }
        return (Theme(source: self, files: files), diagnostics)
    }

    /// Regular files below `root`, relative and sorted; hidden files and folders left out.
    static func files(under root: URL) -> [String] {
        (FileManager.default.subpaths(atPath: root.path) ?? [])
            .filter { path in
                !path.split(separator: "/").contains { $0.hasPrefix(".") }
                    && (try? root.appendingPathComponent(path).resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            }
            .sorted()
    }
}
