import VitrineContent

/// `vitrine init DIR`: a new site that builds at once, from the starter files of its language
/// (the repository's `Starters/<language>/`, compiled into the binary like the theme).
public enum StarterSite {
    /// Starter files by language, then by path in the new site.
    static let languages: [String: [String: [UInt8]]] = {
        var sets: [String: [String: [UInt8]]] = [:]
        for (path, bytes) in EmbeddedFileSet(EmbeddedStarters.files).files {
            guard let slash = path.firstIndex(of: "/") else { continue }
            sets[String(path[..<slash]), default: [:]][String(path[path.index(after: slash)...])] = bytes
        }
        return sets
    }()

    /// The languages there is a starter site for, sorted.
    public static var available: [String] { languages.keys.sorted() }

    /// The files of the starter site in `language`, by path (nil when there is none).
    public static func files(language: String) -> [String: [UInt8]]? { languages[language] }

    /// Writes the starter site in `language` into `folder`, which must be new or empty; the
    /// paths written, or why not. `adding` are files made for this site beside the starter's
    /// own (its editor schemas).
    public static func run(into folder: String, language: String, adding extra: [String: [UInt8]] = [:]) -> Result<[String], DiagnosticList> {
        guard var files = files(language: language) else {
            return .failure(DiagnosticList([.error(.noStarterSite, ["language": .value(language)], at: SourceLocation(file: folder),
                                                   hint: .phrase("choose-one-of", ["choices": .value(available.joined(separator: ", "))]))]))
        }
        files.merge(extra) { own, _ in own }
        switch FolderPublisher.publish(files, to: folder, force: false) {
        case .success: return .success(files.keys.sorted())
        case .failure(.notEmpty):
            return .failure(DiagnosticList([.error(.initFolderNotEmpty, ["folder": .value(folder), "command": .value("vitrine init <new-folder>")],
                                                   at: SourceLocation(file: folder))]))
        case .failure(.diagnostics(let diagnostics)): return .failure(DiagnosticList(diagnostics))
        }
    }
}
