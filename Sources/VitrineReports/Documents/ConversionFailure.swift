import VitrineContent

/// A conversion that gave no file, in Vitrine's words, with the place to fix it: the report
/// definition's section for a problem in the content, the template's line for one in a template.
public struct ConversionFailure: Error, Sendable {
    public enum Kind: Sendable {
        /// The report (its content or a template) cannot be converted as it is.
        case document
        /// A tool is missing, could not start, or broke down.
        case tool
    }

    public var kind: Kind
    /// At least one error; warnings found on the way come with it.
    public var diagnostics: [Diagnostic]

    public init(_ kind: Kind, _ diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }
}
