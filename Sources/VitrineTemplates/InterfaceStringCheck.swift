import VitrineContent

/// Strings that code looks up by key must exist: a missing one would print its key on the
/// page. Checked when templates load, like the keys templates name.
public enum InterfaceStringCheck {
    public static func missing(_ keys: [String], in library: TemplateLibrary) -> [Diagnostic] {
        guard let strings = library.strings else { return [] }
        let file = library.stringsFile
        return keys.filter { strings.labels[$0] == nil }.map { key in
            .error(.missingInterfaceString, ["key": .value(key)], at: SourceLocation(file: file),
                   hint: .didYouMean(Suggestion.closest(to: key, among: strings.labels.keys)))
        }
    }
}
