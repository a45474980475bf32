import Foundation
import PackagePlugin

/// Embeds folders of the repository into the module it is applied to, as generated Swift
/// sources, so the `vitrine` binary needs no files beside it: the target decides which
/// (`VitrineTheme`: `Templates/`, the built-in theme, and `Starters/`, the sites `vitrine init`
/// writes; `VitrineContent`: `Diagnostics/`, the message catalogs). Every embedded file is an input of the command:
/// changing one regenerates the source; adding or removing one changes the arguments, which
/// also reruns it.
@main
struct EmbedFiles: BuildToolPlugin {
    /// Per target: folders of the package and the Swift type generated from each.
    static let sets: [String: [(folder: String, type: String)]] = [
        "VitrineTheme": [("Templates", "EmbeddedTheme"), ("Starters", "EmbeddedStarters")],
        "VitrineContent": [("Diagnostics", "EmbeddedDiagnostics")],
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "VitrineEmbed").url
        return try (Self.sets[target.name] ?? []).map { folder, type in
            let root = context.package.directoryURL.appending(path: folder, directoryHint: .isDirectory)
            let files = try Self.files(under: root)
            let output = context.pluginWorkDirectoryURL.appending(path: "\(type).swift")
            return .buildCommand(
                displayName: "Embedding \(files.count) files of \(folder) into \(target.name)",
                executable: tool,
                arguments: [type, root.path(percentEncoded: false), output.path(percentEncoded: false)] + files,
                inputFiles: files.map { root.appending(path: $0) },
                outputFiles: [output])
        }
    }

    /// Regular files below `root`, relative and sorted; `.DS_Store` and the like left out.
    static func files(under root: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [String] = []
        let prefix = root.standardizedFileURL.path(percentEncoded: false)
        for case let url as URL in walker {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true,
                  url.lastPathComponent != ".DS_Store" else { continue }
            let path = url.standardizedFileURL.path(percentEncoded: false)
            found.append(String(path.dropFirst(prefix.hasSuffix("/") ? prefix.count : prefix.count + 1)))
        }
        return found.sorted()
    }
}
