import VitrineContent

/// A tool a conversion needs is not installed.
public struct ReportToolsMissing: Error, Sendable, CustomStringConvertible {
    /// Which tool and how to install it, in the catalogs' words.
    public var text: DiagnosticText
    /// In English.
    public var message: String { DiagnosticCatalog.of(.en).render(text) }
    public var description: String { message }
}
