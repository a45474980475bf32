import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        var template = Array((FileManager.default.temporaryDirectory.path + "/vitrine-theme-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            // The system's reason only: the caller's diagnostic says what could not be written.
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        folder = URL(fileURLWithPath: String(cString: made), isDirectory: true).standardizedFileURL
        var displays: [String: String] = [:]
        do {
            for path in paths.sorted() {
                guard let file = theme.file(path) else { continue }
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
                displays[path] = file.display
            }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
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
