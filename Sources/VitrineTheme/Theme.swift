import VitrineContent

/// A site's theme files at one moment: the built-in theme with the site's own files in place
/// of the built-in ones they share a path with (and beside them, for paths it adds).
public struct Theme: Sendable {
    public let source: ThemeSource
    /// By path in the theme (`html/card.mustache`).
    public let files: [String: ThemeFile]

    public init(source: ThemeSource, files: [String: ThemeFile]) {
        self.source = source
        self.files = files
    }

    public func file(_ path: String) -> ThemeFile? { files[path] }

    /// The paths below `folder` (`"assets"`), relative to the theme, sorted.
    public func paths(under folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return files.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// Every path, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The site's own files, sorted by path (what `vitrine check --verbose` lists).
    public var siteFiles: [ThemeFile] {
        paths.compactMap { files[$0] }.filter { $0.origin != .builtIn }
    }

    /// How diagnostics name the folder the theme is read from: the site's folder, else `<built-in>`.
    public var display: String { source.folder ?? BuiltInTheme.display }

    /// How diagnostics name `path` when the theme has no such file.
    public func display(of path: String) -> String {
        files[path]?.display ?? "\(display)/\(path)"
    }
}
