import VitrineContent

/// `vitrine theme export DIR`: the built-in theme as a folder a team can change (and then
/// keep only the files it changed: the others come from the built-in theme).
public enum ThemeExport {
    /// Writes every built-in theme file into `folder`, which must be new or empty unless
    /// `force`; the paths written, or why not.
    public static func run(to folder: String, force: Bool) -> Result<[String], DiagnosticList> {
        switch FolderPublisher.publish(BuiltInTheme.files, to: folder, force: force) {
        case .success: return .success(BuiltInTheme.paths)
        case .failure(.notEmpty):
            return .failure(DiagnosticList([.error(.exportFolderNotEmpty, ["folder": .value(folder),
                                                                           "command": .value("vitrine theme export \(folder) --force")],
                                                   at: SourceLocation(file: folder))]))
        case .failure(.diagnostics(let diagnostics)): return .failure(DiagnosticList(diagnostics))
        }
    }
}
