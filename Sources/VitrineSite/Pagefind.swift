import Foundation

/// Pagefind, the static search indexer, when it is installed: in the project's `.venv`
/// (where `make site` puts it) or on PATH.
public struct Pagefind: Sendable {
    public let executable: String

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func locate() -> Pagefind? {
        var candidates = [".venv/bin/pagefind", ".venv/bin/pagefind_extended"]
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append("\(directory)/pagefind")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(Pagefind.init)
    }

    /// Indexes the built site in place (writes `pagefind/` inside it).
    public func index(_ site: URL) -> Result<Void, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--site", site.path, "--output-subdir", "pagefind", "--quiet"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(Failure(description: "cannot run \(executable): \(error.localizedDescription)"))
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(Failure(description: String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return .success(())
    }
}
