extension Diagnostic {
    public func message(in language: DiagnosticLanguage) -> String {
        DiagnosticCatalog.of(language).render(messageText)
    }

    public func hint(in language: DiagnosticLanguage) -> String? {
        hintText.map(DiagnosticCatalog.of(language).render)
    }

    /// The compiler-style line in `language`. `error` and `warning` stay English in every
    /// language: editors and CI parse them.
    public func localized(to language: DiagnosticLanguage) -> String {
        var line = "\(location): \(severity.rawValue): \(message(in: language))"
        if let hint = hint(in: language) { line += " (\(hint))" }
        return line
    }

    /// A problem in words no catalog has (a message of another tool, or of a module whose
    /// diagnostics are not in the catalogs yet): shown as written in every language, with the
    /// code `untranslated`.
    @available(*, deprecated, message: "untranslated")
    public init(_ severity: Severity, _ message: String, at location: SourceLocation, hint: String? = nil) {
        self.init(severity, .untranslated, ["message": .value(message)], at: location, hint: hint.map(DiagnosticText.value))
    }

    @available(*, deprecated, message: "untranslated")
    public static func error(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, hint: hint)
    }

    @available(*, deprecated, message: "untranslated")
    public static func warning(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, hint: hint)
    }
}
