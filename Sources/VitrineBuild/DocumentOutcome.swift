import VitrineContent
import VitrineReports

/// What the Documents stage did for one dossier.
struct DocumentOutcome: Sendable {
    var index: Int
    var job: ReportJob
    /// The PDF's path in the output folder.
    var path: String
    var fingerprint: String
    /// Zero when there is no PDF.
    var bytes: Int
    var pages: Int
    var diagnostics: [Diagnostic]
    /// Converted in this run, not taken over from the last build.
    var made: Bool
}
