import VitrineContent

/// What counts as a finding beyond a crash, a sanitizer report, a hang or too much memory
/// (those libFuzzer sees itself): a diagnostic whose position is not inside the file it
/// names, or that names a file the input was not read as.
public enum FindingRules {
    public static func violations(of diagnostics: [Diagnostic], in files: [FuzzFile]) -> [String] {
        var tables: [String: LineTable] = [:]
        for file in files { tables[file.path] = LineTable(file.bytes) }
        var violations: [String] = []
        for diagnostic in diagnostics {
            let location = diagnostic.location
            guard let table = tables[location.file] else {
                violations.append("diagnostic names a file that was not read: \(diagnostic)")
                continue
            }
            if !table.contains(line: location.line, column: location.column) {
                violations.append("position outside the file (\(table.lineEnds) line ends): \(diagnostic)")
            }
            // Rendered in every language, so a catalog's words are run on every input too.
            for language in DiagnosticLanguage.allCases { _ = diagnostic.localized(to: language) }
        }
        return violations
    }
}
