import Foundation

/// Turns a report's Markdown into a PDF with Pandoc and pdfLaTeX (Latin Modern in T1 encoding:
/// Dutch diacritics are real glyphs), and tells what went wrong in Vitrine's words.
public struct PandocPDF: Sendable {
    public let pandoc: String
    public let engine: String

    /// What to install when a tool is missing (Debian package names).
    public static let installHint = "install Pandoc and LaTeX: sudo apt-get install pandoc texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended lmodern librsvg2-bin (or run `make test-deps`)"

    public enum Problem: Error, Sendable, CustomStringConvertible {
        case missingTool(String, package: String)
        case failed(String)

        public var description: String {
            switch self {
            case .missingTool(let tool, let package):
                "--pdf needs '\(tool)' (Debian package \(package)), which is not installed; \(PandocPDF.installHint)"
            case .failed(let message): message
            }
        }
    }

    /// Finds Pandoc and the engine; nil-free: a missing tool is a problem that says how to install it.
    public static func locate(needsSVG: Bool) -> Result<PandocPDF, Problem> {
        guard let pandoc = which("pandoc") else { return .failure(.missingTool("pandoc", package: "pandoc")) }
        guard let engine = which("pdflatex") else {
            return .failure(.missingTool("pdflatex", package: "texlive-latex-recommended"))
        }
        if needsSVG && which("rsvg-convert") == nil {
            return .failure(.missingTool("rsvg-convert", package: "librsvg2-bin"))
        }
        return .success(PandocPDF(pandoc: pandoc, engine: engine))
    }

    /// Runs Pandoc in `directory` (so the charts next to the report are found). Returns the
    /// warnings worth showing, or what made the PDF fail.
    public func convert(markdown: String, pdf: String, in directory: String) -> Result<[String], Problem> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.currentDirectoryURL = URL(fileURLWithPath: directory, isDirectory: true)
        process.arguments = [markdown, "--from=markdown", "--standalone", "--pdf-engine=\(engine)",
                             "--resource-path=.", "--verbose", "--output=\(pdf)"]
        let errors = Pipe(), output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        do { try process.run() } catch {
            return .failure(.failed("could not start Pandoc (\(pandoc)): \(error.localizedDescription)"))
        }
        // Read both pipes while Pandoc runs: a full pipe would block it.
        let collected = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            collected.set(errors.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        _ = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let log = String(decoding: collected.get(), as: UTF8.self)
        if process.terminationStatus != 0 {
            return .failure(.failed(Self.failure(in: log, status: process.terminationStatus)))
        }
        return .success(Self.warnings(in: log))
    }

    /// The warnings in Pandoc's verbose output that matter for a reader of the PDF: Pandoc's
    /// own, and from the last LaTeX run missing glyphs and links or references without target.
    public static func warnings(in log: String) -> [String] {
        var found: [String] = []
        func add(_ message: String) { if !found.contains(message) { found.append(message) } }
        let lines = log.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines where line.hasPrefix("[WARNING] ") {
            add("Pandoc: " + line.dropFirst("[WARNING] ".count))
        }
        let lastRun = lines.lastIndex { $0.hasPrefix("[makePDF] Run #") } ?? 0
        let tail = lines[lastRun...].joined(separator: "\n")
        // LaTeX breaks its log lines at 79 characters; join those before reading the warnings.
        var flat = ""
        for line in lines[lastRun...] { flat += line + (line.utf8.count >= 79 ? "" : " ") }
        for match in matches(of: "Missing character: There is no (.+?) in font ([^!]+)!", in: tail) {
            add("missing character '\(match[0])' in font \(match[1].trimmingCharacters(in: .whitespaces))")
        }
        for match in matches(of: "name\\{([^}]*)\\} has been referenced but does not exist", in: flat) {
            add("undefined reference: the link to '#\(match[0])' has no target in the report")
        }
        for match in matches(of: "Reference `([^']*)' on page [0-9]+ undefined", in: flat) {
            add("undefined reference: '\(match[0])'")
        }
        for match in matches(of: "Citation `([^']*)' on page [0-9]+ undefined", in: flat) {
            add("undefined citation: '\(match[0])'")
        }
        return found
    }

    /// The first LaTeX error and its line, in a sentence.
    public static func failure(in log: String, status: Int32) -> String {
        let lines = log.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let start = lines.firstIndex(where: { $0.hasPrefix("! ") }) {
            var message = String(lines[start].dropFirst(2))
            var index = start + 1
            while index < lines.count, lines[index].hasPrefix(" "), !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
                message += " " + lines[index].trimmingCharacters(in: .whitespaces)
                index += 1
            }
            let place = lines[start...].first { $0.hasPrefix("l.") }.map {
                " at line \($0.dropFirst(2).prefix { $0.isNumber }) of the LaTeX Pandoc generated, near '\($0.drop { $0 != " " }.trimmingCharacters(in: .whitespaces).suffix(40))'"
            } ?? ""
            if message.contains("not set up for use with LaTeX") {
                return "the PDF engine has no glyph for a character in the report: \(message)\(place); replace the character in the content"
            }
            return "LaTeX stopped with: \(message)\(place)"
        }
        if let pandocLine = lines.first(where: { $0.hasPrefix("pandoc: ") }) {
            return "Pandoc failed: \(pandocLine.dropFirst("pandoc: ".count))"
        }
        let last = lines.reversed().first { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("[") } ?? ""
        return "Pandoc failed (exit status \(status))\(last.isEmpty ? "" : ": \(last)")"
    }

    private static func matches(of pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (1..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    private static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
