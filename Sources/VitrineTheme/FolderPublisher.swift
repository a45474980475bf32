import Foundation
#if canImport(Glibc)
import Glibc
#endif
import VitrineContent

/// Writes a set of files as one new folder, never half: into a hidden folder beside it, then
/// renamed into place (a rename replaces an empty folder in one step). Replacing a folder that
/// holds files is only done when asked (`force`), by moving it aside first.
public enum FolderPublisher {
    public enum Refusal: Error {
        case notEmpty
        case diagnostics([Diagnostic])
    }

    public static func publish(_ files: [String: [UInt8]], to folder: String, force: Bool) -> Result<Void, Refusal> {
        let target = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        let location = SourceLocation(file: folder)
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder)
        if exists, !isFolder.boolValue {
            return .failure(.diagnostics([.error(.notAFolder, ["folder": .value(folder)], at: location)]))
        }
        let occupied = exists && !((try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []).isEmpty
        if occupied, !force { return .failure(.notEmpty) }
        let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true).standardizedFileURL.path + "/"
        if occupied, working.hasPrefix(target.path == "/" ? "/" : target.path + "/") {
            return .failure(.diagnostics([.error(.holdsWorkingFolder, ["folder": .value(folder)], at: location)]))
        }
        let parent = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            return .failure(.diagnostics([.error(.cannotCreateFolder, ["folder": .value(parent.path), "reason": .value(error.localizedDescription)],
                                                 at: location)]))
        }
        let staging: URL
        switch FreshFolder.make(files, template: parent.path + "/." + target.lastPathComponent + ".vitrine-XXXXXX") {
        case .success(let made): staging = made
        case .failure(.notMade(let reason)):
            return .failure(.diagnostics([.error(.cannotWriteBeside, ["folder": .value(folder), "reason": .value(reason)], at: location)]))
        case .failure(.notWritten(_, let error)):
            return .failure(.diagnostics([.error(.cannotWriteFolder, ["folder": .value(folder), "reason": .value(error.localizedDescription)],
                                                 at: location)]))
        }
        do {
            // mkdtemp made the folder 0700; the result is an ordinary folder.
            _ = chmod(staging.path, 0o755)
            var aside: URL?
            if occupied {
                let old = URL(fileURLWithPath: staging.path + "-old")
                guard rename(target.path, old.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                aside = old
            }
            guard rename(staging.path, target.path) == 0 else {
                let failure = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                if let aside { _ = rename(aside.path, target.path) }
                throw failure
            }
            if let aside { try? FileManager.default.removeItem(at: aside) }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            return .failure(.diagnostics([.error(.cannotWriteFolder, ["folder": .value(folder), "reason": .value(error.localizedDescription)],
                                                 at: location)]))
        }
        return .success(())
    }
}
