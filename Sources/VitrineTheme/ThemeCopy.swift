import Foundation

/// Theme files written out for the external tools (Pandoc and Typst read files, not memory):
/// a private folder (mkdtemp, mode 0700) that holds exactly the files asked for, with the
/// theme's bytes; `remove()` deletes it. Each path in it maps back to the theme file's name,
/// so a tool's complaint about a line names the site's file or `<built-in>/...`.
public final class ThemeCopy: Sendable {
    public let folder: URL
    private let displays: [String: String]
    /// How diagnostics name the theme's folder (for a file it does not have).
    private let themeDisplay: String

    /// Writes `paths` of `theme` (those it has) into a new private folder.
    public init(_ theme: Theme, paths: [String]) throws {
        var files: [String: [UInt8]] = [:]
        var displays: [String: String] = [:]
        for path in paths {
            guard let file = theme.file(path) else { continue }
            files[path] = file.bytes
            displays[path] = file.display
        }
        switch FreshFolder.make(files, template: FileManager.default.temporaryDirectory.path + "/vitrine-theme-XXXXXX") {
        case .success(let made): folder = made.standardizedFileURL
        // The system's reason only: the caller's diagnostic says what could not be written.
        case .failure(.notMade(let reason)): throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        case .failure(.notWritten(_, let error)): throw error
        }
        self.displays = displays
        themeDisplay = theme.display
    }

    /// The written file of `path`, nil when the theme has none.
    public func url(_ path: String) -> URL? {
        displays[path] == nil ? nil : folder.appendingPathComponent(path)
    }

    /// How diagnostics name `path` of the theme (the site's file or `<built-in>/...`).
    public func display(of path: String) -> String {
        displays[path] ?? "\(themeDisplay)/\(path)"
    }

    /// The theme file's name for an absolute path inside the copy, nil for any other path.
    public func display(ofAbsolutePath path: String) -> String? {
        let root = folder.path + "/"
        guard path.hasPrefix(root) else { return nil }
        return displays[String(path.dropFirst(root.count))]
    }

    public func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
