import Foundation

extension DiagnosticLanguage {
    /// The language of `site.yml`'s `language`, read line by line so that it is found even
    /// when the file (or the rest of the content) has errors: the authors read the problems
    /// in their own language while they fix them. English when site.yml is missing or
    /// unreadable, or names a language without a catalog; Dutch, the format's default, when
    /// it has no `language`.
    public static func ofSite(content directory: String) -> DiagnosticLanguage {
        let url = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent("site.yml")
        guard let data = FileManager.default.contents(atPath: url.path),
              let text = String(data: data, encoding: .utf8) else { return fallback }
        return ofSiteFile(text)
    }

    /// The language a site.yml's text names (see `ofSite`).
    public static func ofSiteFile(_ text: String) -> DiagnosticLanguage {
        for line in text.drop(while: { $0 == "\u{FEFF}" }).split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            // Only a key at the start of a line: `language` inside a mapping is not the site's.
            guard line.hasPrefix("language:") else { continue }
            var value = line.dropFirst("language:".count)
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            let word = value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            return DiagnosticLanguage(rawValue: word) ?? fallback
        }
        return .nl
    }
}
