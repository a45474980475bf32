import Foundation

/// Files the EmbedFiles plugin compiled into the module (base64 literals), decoded once.
struct EmbeddedFileSet: Sendable {
    /// Bytes by path relative to the embedded folder (`html/card.mustache`).
    let files: [String: [UInt8]]

    init(_ list: [(path: String, base64: String)]) {
        var files: [String: [UInt8]] = [:]
        for (path, base64) in list {
            // The generator wrote the literal from the file's bytes; it always decodes.
            files[path] = Data(base64Encoded: base64).map(Array.init) ?? []
        }
        self.files = files
    }
}
