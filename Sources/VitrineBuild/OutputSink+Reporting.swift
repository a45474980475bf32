import VitrineContent
import VitrineTemplates

extension OutputSink {
    /// Writes `file`, a failure added to `diagnostics` at the output folder, unless an earlier
    /// failure already says it (the disk was found full: one diagnostic, not one per file).
    /// Whether the output's bytes changed, or nil when the file was not written.
    func write(_ file: OutputFile, reportingTo diagnostics: inout [Diagnostic]) -> Bool? {
        do {
            return try write(file)
        } catch where error.isFollowOn {
            return nil
        } catch {
            diagnostics.append(error.diagnostic(at: SourceLocation(file: target.path)))
            return nil
        }
    }
}
