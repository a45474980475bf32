/// The languages diagnostics are written in; each has a catalog `Diagnostics/<rawValue>.yml`.
public enum DiagnosticLanguage: String, CaseIterable, Sendable {
    case en, nl

    /// English, the language of the codes and of the tests' `expected.txt`.
    public static let fallback = DiagnosticLanguage.en
}
