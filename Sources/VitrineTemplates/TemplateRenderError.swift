import VitrineContent

/// Why a render failed: the template did not compile for the value's type, or partials
/// nested without end. Carries diagnostics with positions, like compile errors.
public struct TemplateRenderError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
