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
            let diagnostic = placed(.value(message), severity: .warning, markdown: markdown, sources: sources)
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
            return .error(.pandocTemplates, ["message": .value(message)], at: SourceLocation(file: templates))
        }
        let problem = DiagnosticText.phrase(message.isEmpty ? "pandoc.failed" : "pandoc.said",
                                            ["status": .value(String(run.status)), "message": .value(message)])
        return placed(problem, severity: .error,
                      markdown: markdown, sources: sources)
    }

    /// "... at line 12 column 3" or "(line 12, column 3)" in the Markdown: the section it is in.
    static func placed(_ problem: DiagnosticText, severity: Severity, markdown: String, sources: ReportSourceMap) -> Diagnostic {
        // The line number is in Pandoc's own words, which the English rendering keeps as written.
        let message = DiagnosticCatalog.of(.en).render(problem)
        guard let range = message.range(of: #"line ([0-9]+)"#, options: .regularExpression),
              let line = Int(message[range].dropFirst("line ".count)) else {
            return Diagnostic(severity, .pandocProblem, ["problem": problem, "place": .value("")], at: SourceLocation(file: sources.file))
        }
        let place = sources.place(ofLine: line, in: markdown, format: .markdown)
        return Diagnostic(severity, .pandocProblem, ["problem": problem, "place": .phrase("in-part", ["part": place.part])],
                          at: place.location)
    }
}
