import Foundation
import VitrineContent

/// The interface strings of every language in a template folder (`i18n/*.yml`). A key
/// one language has and another lacks is an error at load, at the key that exists.
public struct InterfaceStringCatalog: Sendable {
    public let languages: [String: InterfaceStrings]

    public init(languages: [String: InterfaceStrings]) {
        self.languages = languages
    }

    /// Reads `<directory>/i18n/*.yml`; `display` is the folder as diagnostics name it.
    public static func load(directory: String, display: String) -> (catalog: InterfaceStringCatalog, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let folder = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent("i18n")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yml") }.sorted()
        var parsed: [(language: String, file: String, keys: [String: SourceLocation])] = []
        var languages: [String: InterfaceStrings] = [:]
        for name in files {
            let language = String(name.dropLast(".yml".count))
            let file = "\(display)/i18n/\(name)"
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("cannot read strings file (not UTF-8?)", at: SourceLocation(file: file)))
                continue
            }
            guard let result = InterfaceStrings.parse(text, language: language, file: file, diagnostics: &diagnostics) else { continue }
            languages[language] = result.strings
            parsed.append((language, file, result.keys))
        }
        diagnostics += mismatches(parsed)
        return (InterfaceStringCatalog(languages: languages), diagnostics)
    }

    /// Each key missing from a language file, reported at the first file that has it.
    static func mismatches(_ files: [(language: String, file: String, keys: [String: SourceLocation])]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let allKeys = Set(files.flatMap(\.keys.keys)).sorted()
        for key in allKeys {
            guard let first = files.first(where: { $0.keys[key] != nil }), let location = first.keys[key] else { continue }
            for other in files where other.keys[key] == nil {
                diagnostics.append(.error("string '\(key)' is missing in \(other.file)", at: location,
                                          hint: Suggestion.closest(to: key, among: other.keys.keys).map { "it has '\($0)'" }))
            }
        }
        return diagnostics
    }
}
