import Foundation
import VitrineContent

/// The rules for the folder a build writes: a marker file says Vitrine made it, and a folder
/// that holds the content, the templates or the working directory is never replaced.
enum OutputTarget {
    /// Written into every output folder; a folder without it was not made by Vitrine and is
    /// never replaced (a mistyped `--output Content` must not delete the content).
    static let marker = ".vitrine-output"
    static let markerContents = Array("Made by vitrine; replaced as a whole by each build.\n".utf8)

    /// Checks that replacing `target` cannot destroy anything else: it may not be or contain
    /// one of `protected`, and an existing non-empty folder must carry the marker.
    static func check(_ target: URL, protecting protected: [URL]) throws(OutputFailure) {
        let path = target.resolvingSymlinksInPath().standardizedFileURL.path
        for folder in protected {
            let other = folder.resolvingSymlinksInPath().standardizedFileURL.path
            if other == path || other.hasPrefix(path == "/" ? "/" : path + "/") {
                throw .unsafeTarget(target.path, .phrase("target.holds", ["folder": .value(folder.path)]))
            }
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if !entries.isEmpty && !entries.contains(marker) {
            throw .unsafeTarget(target.path, .phrase("target.foreign", ["marker": .value(marker)]))
        }
    }

    /// Checks that `path` is relative and stays inside the folder.
    static func validate(_ path: String) throws(OutputFailure) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !components.contains(".."), !components.contains("."),
              !components.contains(""), !path.contains("\0") else { throw .unsafePath(path) }
    }
}
