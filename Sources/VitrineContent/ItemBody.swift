import Foundation

/// An item's Markdown body. A body read from a file is not kept in memory: it is read again
/// from the file when a page or report shows it, so a site of 100,000 items does not hold
/// every body at once (they are most of the content's bytes). Its fingerprint stands for it
/// in comparisons, so a preview still sees which bodies changed.
public struct ItemBody: Sendable, Equatable {
    private enum Storage: Sendable, Equatable {
        case text(String)
        /// The body is `length` UTF-8 bytes from `offset` of the file's decoded text.
        case file(path: String, offset: Int, length: Int)
    }

    private let storage: Storage
    private let fingerprint: UInt64
    /// Its length in UTF-8 bytes.
    public let length: Int

    /// A body held in memory.
    public init(_ text: String) {
        storage = .text(text)
        fingerprint = WordHash.hash(text)
        length = text.utf8.count
    }

    /// A body read back from `path` when asked for; `text` is it as read now.
    init(file path: String, offset: Int, text: String) {
        let length = text.utf8.count
        storage = length < Self.inlineLimit ? .text(text) : .file(path: path, offset: offset, length: length)
        fingerprint = WordHash.hash(text)
        self.length = length
    }

    /// Short bodies stay in memory: reading them again would cost more than they weigh.
    static let inlineLimit = 512

    public var isEmpty: Bool { length == 0 }

    /// The body's text; an error when its file no longer holds it (changed or removed since
    /// it was loaded: building again picks the change up).
    public func text() throws(Diagnostic) -> String {
        switch storage {
        case .text(let text): return text
        case .file(let path, let offset, let length):
            guard case .success(let bytes) = FileBytes.read(path),
                  case .success(let source) = SourceText.decode(bytes, displayPath: path) else {
                throw .error(.unreadableBody, at: SourceLocation(file: path))
            }
            let utf8 = source.text.utf8
            guard let start = utf8.index(utf8.startIndex, offsetBy: offset, limitedBy: utf8.endIndex),
                  let end = utf8.index(start, offsetBy: length, limitedBy: utf8.endIndex) else {
                throw Self.changed(path)
            }
            let body = String(source.text[start..<end])
            guard WordHash.hash(body) == fingerprint else { throw Self.changed(path) }
            return body
        }
    }

    private static func changed(_ path: String) -> Diagnostic {
        .error(.changedBody, at: SourceLocation(file: path))
    }

    public static func == (a: ItemBody, b: ItemBody) -> Bool {
        a.length == b.length && a.fingerprint == b.fingerprint
    }
}
