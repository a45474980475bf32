import Foundation
import VitrineContent

/// One composed report: its Pandoc Markdown, the files it refers to, and what was worth a warning.
public struct ReportDocument: Sendable {
    public var markdown: String
    public var attachments: [ReportAttachment]
    /// Warnings with the position in the report definition (an include left out, an empty section).
    public var diagnostics: [Diagnostic]
}
