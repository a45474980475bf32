import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A new private folder (`mkdtemp`: a name no one else has, mode 0700) holding exactly the files
/// given; when one cannot be written the folder is removed again. What `ThemeCopy`, the
/// staging folder of `FolderPublisher` and `vitrine init`'s scratch copy are made with.
public enum FreshFolder {
    public enum Failure: Error {
        /// `mkdtemp` failed: the system's reason.
        case notMade(String)
        /// A file could not be written into the folder, which is gone again.
        case notWritten(folder: URL, any Error)
    }

    /// `template` is the folder's path ending in `XXXXXX`; `files` are by path inside it.
    public static func make(_ files: [String: [UInt8]], template: String) -> Result<URL, Failure> {
        var name = Array(template.utf8CString)
        guard let made = mkdtemp(&name) else { return .failure(.notMade(String(cString: strerror(errno)))) }
        let folder = URL(fileURLWithPath: String(cString: made), isDirectory: true)
        do {
            for path in files.keys.sorted() {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(files[path] ?? []).write(to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            return .failure(.notWritten(folder: folder, error))
        }
        return .success(folder)
    }
}
