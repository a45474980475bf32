import Foundation

/// One run of an external program (Pandoc, the Typst runner): its exit status and what it
/// printed. Both pipes are read while it runs, so a chatty program never blocks on a full pipe.
struct ToolRun: Sendable {
    var status: Int32
    var output: String
    var errors: String

    /// Runs `executable` in `directory`; nil with the reason when it cannot be started.
    static func run(_ executable: String, _ arguments: [String], in directory: String? = nil) -> Result<ToolRun, ToolStartFailure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory, isDirectory: true) }
        let errors = Pipe(), output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            return .failure(ToolStartFailure(executable: executable, reason: error.localizedDescription))
        }
        let collected = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            collected.set(errors.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return .success(ToolRun(status: process.terminationStatus, output: String(decoding: printed, as: UTF8.self),
                                errors: String(decoding: collected.get(), as: UTF8.self)))
    }
}
