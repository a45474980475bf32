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
}
