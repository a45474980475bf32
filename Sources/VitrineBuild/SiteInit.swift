import Foundation
#if canImport(Glibc)
import Glibc
#endif
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
        var template = Array((FileManager.default.temporaryDirectory.path + "/vitrine-init-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            return .failure(DiagnosticList([.error(.cannotMakeTemporaryFolder, ["reason": .value(String(cString: strerror(errno)))],
                                                   at: SourceLocation(file: FileManager.default.temporaryDirectory.path))]))
        }
        let root = URL(fileURLWithPath: String(cString: made), isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            for (path, bytes) in starter {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
        } catch {
            return .failure(DiagnosticList([.error(.cannotWriteStarter, ["reason": .value(error.localizedDescription)], at: SourceLocation(file: root.path))]))
        }
        return SchemaExport.writer(content: root.appendingPathComponent("Content").path, templates: nil, language: language).map { writer in
            var files: [String: [UInt8]] = [:]
            for (name, bytes) in SchemaExport.schemaFiles(writer) { files["\(schemasFolder)/\(name)"] = bytes }
            files.merge(EditorSettings(writer: writer, content: "Content", schemas: schemasFolder).files()) { first, _ in first }
            return files
        }
    }
}
