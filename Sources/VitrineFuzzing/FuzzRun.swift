import VitrineContent

/// What one fuzz input gave: the files it was read as and every diagnostic the loader made.
public struct FuzzRun: Sendable {
    public var files: [FuzzFile]
    public var diagnostics: [Diagnostic]

    /// The broken finding rules (empty when the input is handled as it should be).
    public var violations: [String] { FindingRules.violations(of: diagnostics, in: files) }

    /// Every diagnostic as `vitrine check` prints it in English, in the loader's order per file.
    public var lines: [String] { diagnostics.map { $0.localized(to: .en) } }
}
