import Foundation
import VitrineTemplates

/// Where a build's files go. Renderers hand files over from several threads at once; nothing
/// becomes visible until `commit`, so a build with errors leaves the previous output as it was.
public protocol OutputSink: AnyObject, Sendable {
    /// The folder the files become visible in.
    var target: URL { get }
    /// Whether the folder is Vitrine's own: it carries the output marker and may be cleaned.
    var marked: Bool { get }
    /// Takes one file; false when the output already holds exactly these bytes.
    func write(_ file: OutputFile) throws(OutputFailure) -> Bool
    /// The files the output holds now, relative to `target` (for removing what a build no longer makes).
    var present: Set<String> { get }
    /// Removes `path` at the next `commit`.
    func remove(_ path: String)
    /// Makes every write and removal visible.
    func commit() throws(OutputFailure)
    /// Forgets every write since the last commit.
    func discard()
}
