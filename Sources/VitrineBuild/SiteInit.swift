import Foundation
import VitrineContent
import VitrineSchema
import VitrineTheme

/// `vitrine init DIR`: the starter site of a language with its editor schemas and settings
/// (`schemas/`, `.vscode/settings.json`, `frontmatter.json`), written as one new folder.
public enum SiteInit {
    public static let schemasFolder = "schemas"

    public static func run(into folder: String, language: String) -> Result<[String], DiagnosticList> {
        guard let starter = StarterSite.files(language: language) else { return StarterSite.run(into: folder, language: language) }
        switch editorFiles(for: starter, language: language) {
        case .success(let extra): return StarterSite.run(into: folder, language: language, adding: extra)
        case .failure(let problems): return .failure(problems)
        }
    }

    /// The schemas are made from the starter's own content, read from a private folder.
    static func editorFiles(for starter: [String: [UInt8]], language: String) -> Result<[String: [UInt8]], DiagnosticList> {
        let root: URL
        switch FreshFolder.make(starter, template: FileManager.default.temporaryDirectory.path + "/vitrine-init-XXXXXX") {
        case .success(let made): root = made
        case .failure(.notMade(let reason)):
            return .failure(DiagnosticList([.error(.cannotMakeTemporaryFolder, ["reason": .value(reason)],
                                                   at: SourceLocation(file: FileManager.default.temporaryDirectory.path))]))
        case .failure(.notWritten(let folder, let error)):
            return .failure(DiagnosticList([.error(.cannotWriteStarter, ["reason": .value(error.localizedDescription)],
                                                   at: SourceLocation(file: folder.path))]))
        }
        defer { try? FileManager.default.removeItem(at: root) }
        return SchemaExport.writer(content: root.appendingPathComponent("Content").path, templates: nil, language: language).map { writer in
            var files: [String: [UInt8]] = [:]
            for (name, bytes) in SchemaExport.schemaFiles(writer) { files["\(schemasFolder)/\(name)"] = bytes }
            files.merge(EditorSettings(writer: writer, content: "Content", schemas: schemasFolder).files()) { first, _ in first }
            return files
        }
    }
}
