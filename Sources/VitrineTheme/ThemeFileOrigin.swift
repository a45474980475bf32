/// Where a theme file comes from.
public enum ThemeFileOrigin: Sendable, Hashable {
    /// The built-in theme inside the binary.
    case builtIn
    /// The site's own templates folder; `replacesBuiltIn` when the built-in theme has the same file.
    case site(replacesBuiltIn: Bool)
}
