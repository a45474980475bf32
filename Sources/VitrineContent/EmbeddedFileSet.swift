import Foundation

/// Files the EmbedFiles plugin compiled into a module (base64 literals), decoded once.
public struct EmbeddedFileSet: Sendable {
    /// Bytes by path relative to the embedded folder (`html/card.mustache`).
    public let files: [String: [UInt8]]

    public init(_ list: [(path: String, base64: String)]) {
        var files: [String: [UInt8]] = [:]
        for (path, base64) in list {
            // The generator wrote the literal from the file's bytes; it always decodes.
            files[path] = Data(base64Encoded: base64).map(Array.init) ?? []
        }
        self.files = files
    }
}
