import Foundation

/// FNV-1a, 64 bits: a fast, stable hash for fingerprints and ids (not for security).
public enum FNV1a {
    static let offset: UInt64 = 14695981039346656037
    static let prime: UInt64 = 1099511628211

    public static func hash<S: Sequence>(_ values: S) -> UInt64 where S.Element: BinaryInteger {
        var hash = offset
        for value in values { hash = (hash ^ UInt64(truncatingIfNeeded: value)) &* prime }
        return hash
    }

    /// Bytes, hashed in place: the generic version walks them through an iterator and was
    /// a third of the preview's rebuild time on a change that rewrites thousands of pages.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer(hash(buffer:))
    }

    public static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { raw in hash(buffer: raw.bindMemory(to: UInt8.self)) }
    }

    static func hash(buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offset
        for byte in buffer { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }
}
