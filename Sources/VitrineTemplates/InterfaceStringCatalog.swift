import Foundation
import VitrineContent
import VitrineTheme

/// The interface strings of every language in a theme (`i18n/*.yml`). A key
/// one language has and another lacks is an error at load, at the key that exists.
public struct InterfaceStringCatalog: Sendable {
    public let languages: [String: InterfaceStrings]

    public init(languages: [String: InterfaceStrings]) {
        self.languages = languages
    }

    /// Reads the theme's `i18n/*.yml` (each from the site's folder or the built-in theme).
    public static func load(theme: Theme) -> (catalog: InterfaceStringCatalog, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var parsed: [(language: String, file: String, keys: [String: SourceLocation])] = []
        var languages: [String: InterfaceStrings] = [:]
        for path in theme.paths(under: "i18n") where path.hasSuffix(".yml") && !path.dropFirst("i18n/".count).contains("/") {
            guard let file = theme.file(path) else { continue }
            let language = String(path.dropFirst("i18n/".count).dropLast(".yml".count))
            guard let text = file.text else {
                diagnostics.append(.error(.unreadableStringsFile, at: SourceLocation(file: file.display)))
                continue
            }
            guard let result = InterfaceStrings.parse(text, language: language, file: file.display, diagnostics: &diagnostics) else { continue }
            languages[language] = result.strings
            parsed.append((language, file.display, result.keys))
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
                diagnostics.append(.error(.stringMissingInFile, ["key": .value(key), "file": .value(other.file)], at: location,
                                          hint: Suggestion.closest(to: key, among: other.keys.keys).map {
                                              .phrase("it-has", ["suggestion": .value($0)])
                                          }))
            }
        }
        return diagnostics
    }
}
