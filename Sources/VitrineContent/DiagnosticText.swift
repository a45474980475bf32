/// Part of a diagnostic as data, put into words by a catalog (`Diagnostics/<language>.yml`):
/// a phrase of the catalog with its named arguments, or a value from the content (an id, a
/// field name, a file's path) that reads the same in every language.
public indirect enum DiagnosticText: Hashable, Sendable {
    /// The catalog's text under `key`, its `{placeholders}` filled with `arguments`.
    case phrase(String, [String: DiagnosticText] = [:])
    /// Shown as it is: never a sentence, only what the author wrote or a name.
    case value(String)

    /// `key.one` or `key.other` with `{count}`: the two languages share this plural rule.
    /// `shown` is the number as the language writes it ("1.234"), when it is formatted.
    public static func counted(_ key: String, _ count: Int, shown: String? = nil) -> DiagnosticText {
        .phrase(count == 1 ? "\(key).one" : "\(key).other", ["count": .value(shown ?? String(count))])
    }

    /// "did you mean 'x'?", when a suggestion was found.
    public static func didYouMean(_ suggestion: String?) -> DiagnosticText? {
        suggestion.map { .phrase("did-you-mean", ["suggestion": .value($0)]) }
    }
}
