import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A whole file's bytes through plain system calls (one open, a few reads, one close).
enum FileBytes {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func read(_ path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(description: String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 && status.st_size > 0 ? Int(status.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let read = bytes.withUnsafeMutableBytes { buffer -> Int in
                Glibc.read(descriptor, buffer.baseAddress!.advanced(by: count), buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(description: String(cString: strerror(errno))))
            }
            if read == 0 { break }
            count += read
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }
}
