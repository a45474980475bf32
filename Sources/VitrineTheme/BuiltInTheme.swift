import VitrineContent

/// The repository's `Templates/`, compiled into the binary (see the EmbedFiles plugin), so a
/// site needs no templates folder of its own. It never changes while Vitrine runs.
public enum BuiltInTheme {
    /// How diagnostics name the folder: `<built-in>/html/card.mustache`.
    public static let display = "<built-in>"

    /// Every file of the theme by its path (`html/card.mustache`, `docx/reference.docx`).
    public static let files: [String: [UInt8]] = EmbeddedFileSet(EmbeddedTheme.files).files

    /// The paths, sorted.
    public static var paths: [String] { files.keys.sorted() }
}
