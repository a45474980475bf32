import VitrineContent

/// A PDF or Word file a conversion wrote, with what the site says about it.
public struct ConvertedDocument: Sendable, Equatable {
    /// The file's name in the folder it was written to.
    public var file: String
    public var bytes: Int
    /// The page count (a PDF's; nil for a Word file, which has pages only once it is laid out).
    public var pages: Int?
    /// What is worth a warning, at the place to fix it.
    public var warnings: [Diagnostic]

    public init(file: String, bytes: Int, pages: Int?, warnings: [Diagnostic]) {
        self.file = file
        self.bytes = bytes
        self.pages = pages
        self.warnings = warnings
    }
}
