import Foundation
import Yams

/// The texts of one language's diagnostics, from `Diagnostics/<language>.yml` (embedded in
/// the binary): `messages` (one per `DiagnosticCode`), `hints` and `fragments` (the reusable
/// parts: how a YAML value is described, what was expected, why an id is invalid). One key
/// space: a phrase names its key, whichever section holds it.
public struct DiagnosticCatalog: Sendable {
    public let language: DiagnosticLanguage
    /// Key → section (`messages`, `hints`, `fragments`) and text.
    public let sections: [String: [String: String]]
    let texts: [String: String]

    init(language: DiagnosticLanguage, yaml: String) {
        self.language = language
        // The catalogs are the repository's own files, checked by the tests; a broken one
        // leaves its language empty, so every text falls back to English.
        let loaded = (try? Yams.load(yaml: yaml)) as? [String: Any] ?? [:]
        var sections: [String: [String: String]] = [:]
        for (name, value) in loaded {
            guard let mapping = value as? [String: Any] else { continue }
            sections[name] = mapping.compactMapValues { $0 as? String }
        }
        self.sections = sections
        texts = sections.values.reduce(into: [:]) { all, section in all.merge(section) { first, _ in first } }
    }

    /// The embedded catalog of every language, read once.
    public static let all: [DiagnosticLanguage: DiagnosticCatalog] = {
        let files = EmbeddedFileSet(EmbeddedDiagnostics.files).files
        var catalogs: [DiagnosticLanguage: DiagnosticCatalog] = [:]
        for language in DiagnosticLanguage.allCases {
            let yaml = String(decoding: files["\(language.rawValue).yml"] ?? [], as: UTF8.self)
            catalogs[language] = DiagnosticCatalog(language: language, yaml: yaml)
        }
        return catalogs
    }()

    public static func of(_ language: DiagnosticLanguage) -> DiagnosticCatalog {
        all[language] ?? DiagnosticCatalog(language: language, yaml: "")
    }

    /// The raw text of `key`, with its placeholders.
    public func template(_ key: String) -> String? { texts[key] }

    /// `text` in this language; a key this catalog lacks is taken from English (the tests
    /// keep both complete), and as a last resort shown as the key itself.
    public func render(_ text: DiagnosticText) -> String {
        switch text {
        case .value(let value): return value
        case .phrase(let key, let arguments):
            let template = texts[key]
                ?? (language == .fallback ? nil : Self.of(.fallback).texts[key])
                ?? key
            return Self.fill(template) { name in arguments[name].map(render) }
        }
    }

    /// Replaces each `{name}` in `template` by `value(name)`; an unknown name stays as written.
    static func fill(_ template: String, _ value: (String) -> String?) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let name = String(rest[rest.index(after: open)..<close])
            result += value(name) ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The placeholder names in `template`, for the test that both languages fill the same ones.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        _ = fill(template) { name in names.insert(name); return "" }
        return names
    }
}
