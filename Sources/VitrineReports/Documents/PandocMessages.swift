import Foundation
import VitrineContent

/// Pandoc's warnings and errors about a report, at the place to fix them.
enum PandocMessages {
    /// `[WARNING] ...` lines; one that names a line of the Markdown is placed at the section it
    /// comes from.
    static func warnings(in log: String, markdown: String, sources: ReportSourceMap) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for line in log.split(separator: "\n") where line.hasPrefix("[WARNING] ") {
            let message = String(line.dropFirst("[WARNING] ".count))
            let diagnostic = placed(message, severity: .warning, markdown: markdown, sources: sources)
            if !found.contains(diagnostic) { found.append(diagnostic) }
        }
        return found
    }

    /// Why Pandoc stopped: its own message, at the template when it names one (`templates`:
    /// the PDF's template as diagnostics name it).
    static func failure(_ run: ToolRun, markdown: String, sources: ReportSourceMap, templates: String) -> Diagnostic {
        let lines = run.errors.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("[") && !$0.isEmpty }
        let message = lines.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        if message.contains(".typst") || message.contains(".lua") {
            return .error("Pandoc could not use the PDF's templates: \(message)", at: SourceLocation(file: templates))
        }
        return placed(message.isEmpty ? "Pandoc failed (exit status \(run.status))" : "Pandoc: \(message)", severity: .error,
                      markdown: markdown, sources: sources)
    }

    /// "... at line 12 column 3" or "(line 12, column 3)" in the Markdown: the section it is in.
    static func placed(_ message: String, severity: Severity, markdown: String, sources: ReportSourceMap) -> Diagnostic {
        guard let range = message.range(of: #"line ([0-9]+)"#, options: .regularExpression),
              let line = Int(message[range].dropFirst("line ".count)) else {
            return Diagnostic(severity, message, at: SourceLocation(file: sources.file))
        }
        let place = sources.place(ofLine: line, in: markdown, format: .markdown)
        return Diagnostic(severity, "\(message) (\(place.part))", at: place.location)
    }
}
