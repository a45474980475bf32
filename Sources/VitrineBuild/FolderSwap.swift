import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Swaps two folders in one step (Linux `renameat2` with `RENAME_EXCHANGE`), so a build killed
/// at any moment leaves either the old site or the new one, never neither. Looked up at run
/// time: Swift's Glibc module does not declare `renameat2`.
enum FolderSwap {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchange: UInt32 = 2  // RENAME_EXCHANGE from <linux/fs.h>

    private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Exchanges `a` and `b` (both must exist); false when the system cannot, with `errno` set.
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let renameat2 else { errno = ENOSYS; return false }
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }
}
