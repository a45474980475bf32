import Foundation
import VitrineContent

/// The programs that turn a report's Markdown into a PDF or a Word file: Pandoc 3 (PyPI
/// `pypandoc-binary`) and `vitrine-typst`, the Typst compiler's runner (PyPI `typst`), both
/// installed into the project's `.venv` by `make venv`, and found there (or on PATH) the way
/// Pagefind is. Debian's Pandoc 2.17 has no Typst writer and is passed over.
public struct ReportTools: Sendable, Equatable {
    public var pandoc: String
    /// Pandoc's version ("3.9"), part of what makes a PDF (the build reuses a PDF only when
    /// nothing that made it changed).
    public var pandocVersion: String
    /// Nil when only Word files can be made.
    public var typst: String?

    /// What `make venv` installs, for messages.
    public static let installHint = DiagnosticText.phrase("tools.install")

    public enum Need: Sendable { case pdf, docx }

    /// Finds the tools a conversion needs; a missing one is a sentence saying how to install it.
    public static func locate(for need: Need) -> Result<ReportTools, ReportToolsMissing> {
        var rejected: [DiagnosticText] = []
        var found: (path: String, version: String)?
        for candidate in candidates("pandoc") {
            guard case .success(let run) = ToolRun.run(candidate, ["--version"]), run.status == 0 else { continue }
            let version = run.output.split(separator: "\n").first.map { $0.split(separator: " ").last.map(String.init) ?? "" } ?? ""
            if (Int(version.prefix { $0.isNumber }) ?? 0) >= 3 {
                found = (candidate, version)
                break
            }
            rejected.append(.phrase("tools.older", ["path": .value(candidate), "version": .value(version)]))
        }
        guard let found else {
            // "a is Pandoc 2; b is Pandoc 2", as a chain of phrases.
            let older = rejected.dropFirst().reduce(rejected.first) { chain, next in
                chain.map { .phrase("tools.older-list", ["first": $0, "next": next]) }
            }
            return .failure(ReportToolsMissing(text: older.map { .phrase("tools.pandoc-too-old", ["older": $0, "install": installHint]) }
                ?? .phrase("tools.no-pandoc", ["install": installHint])))
        }
        let typst = candidates("vitrine-typst").first { FileManager.default.isExecutableFile(atPath: $0) }
        if need == .pdf && typst == nil {
            return .failure(ReportToolsMissing(text: .phrase("tools.no-typst", ["install": installHint])))
        }
        return .success(ReportTools(pandoc: found.path, pandocVersion: found.version, typst: typst))
    }

    /// The Typst runner's own and its compiler's version ("vitrine-typst 1, typst 0.15.2").
    public func typstVersion() -> String? {
        guard let typst, case .success(let run) = ToolRun.run(typst, ["--version"]), run.status == 0 else { return nil }
        return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func candidates(_ tool: String) -> [String] {
        var paths = [".venv/bin/\(tool)"]
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            paths.append("\(directory)/\(tool)")
        }
        return paths.filter { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
