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
    /// The dossiers' PDFs published with the site (made or, unchanged, taken from the last build).
    public var documentsPublished = 0
    /// Why no PDFs were published, said once (tools missing, asked not to, the preview).
    public var documentsSkipped: DiagnosticText?
    /// Files the output holds after the run.
    public var fileCount = 0
    /// When the content's list of published URLs changed: its file, the URLs added and withdrawn.
    public var urlsRemembered: (file: String, added: Int, withdrawn: Int)?

    public var succeeded: Bool { !diagnostics.hasErrors }
}
