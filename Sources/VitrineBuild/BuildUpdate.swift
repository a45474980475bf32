import VitrineContent

/// What one run of the pipeline did.
public struct BuildUpdate: Sendable {
    public var diagnostics: [Diagnostic] = []
    /// URL paths of the pages rendered.
    public var rendered: [String] = []
    /// The other jobs rendered (feeds, CSV, reports), by the file they write.
    public var renderedFiles: [String] = []
    /// Output files (relative paths) written because their bytes changed.
    public var written: [String] = []
    public var deleted: [String] = []
    /// Pages among the rendered jobs.
    public var pagesRendered = 0
    /// Whether the search index was built.
    public var searchIndexed = false
    /// Files the output holds after the run.
    public var fileCount = 0

    public var succeeded: Bool { !diagnostics.hasErrors }
}
