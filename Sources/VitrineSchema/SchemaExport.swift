import Foundation
#if canImport(Glibc)
import Glibc
#endif
import VitrineContent
import VitrineTheme

/// `vitrine schema`: the site's schemas written into one folder, replaced whole (a folder that
/// holds anything but schemas is left alone), and with `editor` the editor settings beside the
/// content that map the files to them.
public enum SchemaExport {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        /// The files written: the schemas relative to the output folder, the editor settings
        /// relative to the site's folder.
        public var files: [String]
    }

    /// The writer for the content in `content`, in the site's language unless `language` is given.
    public static func writer(content: String, templates: String?, language: String?) -> Swift.Result<SchemaWriter, DiagnosticList> {
        let loaded = ContentLoader(directory: content).load()
        guard let graph = loaded.graph else {
            return .failure(DiagnosticList(loaded.diagnostics.filter { $0.severity == .error }))
        }
        let (theme, themeDiagnostics) = ThemeSource.resolve(templates: templates, content: content).load()
        if themeDiagnostics.hasErrors { return .failure(DiagnosticList(themeDiagnostics)) }
        let strings: SchemaStrings
        switch SchemaStrings.load(theme: theme, language: language ?? graph.site.language) {
        case .success(let loaded): strings = loaded
        case .failure(let problems): return .failure(problems)
        }
        let missing = strings.missing(SchemaWriter.stringKeys)
        if !missing.isEmpty { return .failure(DiagnosticList(missing)) }
        return .success(SchemaWriter(vocabulary: SchemaVocabulary(graph: graph), strings: strings))
    }

    /// Every schema by file name.
    public static func schemaFiles(_ writer: SchemaWriter) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for document in SchemaDocument.allCases {
            files[document.fileName] = Array(writer.schema(for: document).text().utf8)
        }
        return files
    }

    /// The schemas of `content` by file name.
    public static func files(content: String, templates: String?, language: String?) -> Swift.Result<[String: [UInt8]], DiagnosticList> {
        writer(content: content, templates: templates, language: language).map(schemaFiles)
    }

    public static func run(content: String, templates: String?, language: String?, output: String, editor: Bool, force: Bool) -> Result {
        let writer: SchemaWriter
        switch Self.writer(content: content, templates: templates, language: language) {
        case .success(let made): writer = made
        case .failure(let problems): return Result(diagnostics: problems.diagnostics, files: [])
        }
        // The editor settings live in the site's folder (the content folder's parent) and name
        // the content and the schemas relative to it.
        var settings: [String: [UInt8]] = [:]
        let site = URL(fileURLWithPath: content).standardizedFileURL.deletingLastPathComponent()
        if editor {
            let schemas = URL(fileURLWithPath: output).standardizedFileURL.path
            guard schemas.hasPrefix(site.path == "/" ? "/" : site.path + "/") else {
                return Result(diagnostics: [.error(.schemasOutsideSite, ["folder": .value(site.path)],
                                                   at: SourceLocation(file: output), hint: .phrase("schemas-inside-site"))], files: [])
            }
            let relativeSchemas = String(schemas.dropFirst(site.path == "/" ? 1 : site.path.count + 1))
            let contentName = URL(fileURLWithPath: content).standardizedFileURL.lastPathComponent
            settings = EditorSettings(writer: writer, content: contentName, schemas: relativeSchemas).files()
            if !force, let taken = settings.keys.sorted().first(where: { FileManager.default.fileExists(atPath: site.appendingPathComponent($0).path) }) {
                return Result(diagnostics: [.error(.editorFileExists, ["file": .value(site.appendingPathComponent(taken).path)],
                                                   at: SourceLocation(file: site.appendingPathComponent(taken).path),
                                                   hint: .phrase("merge-settings", ["command": .value("vitrine schema --editor --force")]))],
                              files: [])
            }
        }
        let files = schemaFiles(writer)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        if let foreign = existing.sorted().first(where: { !$0.hasSuffix(".schema.json") }) {
            return Result(diagnostics: [.error(.foreignFileInSchemas, ["folder": .value(output), "file": .value(foreign)],
                                               at: SourceLocation(file: output), hint: .phrase("choose-output"))], files: [])
        }
        switch FolderPublisher.publish(files, to: output, force: true) {
        case .success: break
        case .failure(.notEmpty): return Result(diagnostics: [.error(.folderNotEmpty, ["folder": .value(output)], at: SourceLocation(file: output))], files: [])
        case .failure(.diagnostics(let problems)): return Result(diagnostics: problems, files: [])
        }
        for path in settings.keys.sorted() {
            let url = site.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(settings[path] ?? []).write(to: url, options: .atomic)
            } catch {
                return Result(diagnostics: [.error(.cannotWriteFile, ["file": .value(url.path), "reason": .value(error.localizedDescription)], at: SourceLocation(file: url.path))],
                              files: files.keys.sorted())
            }
        }
        return Result(diagnostics: [], files: files.keys.sorted() + settings.keys.sorted())
    }
}
