import CCmark
import Foundation

/// What to do with a link when rewriting: a new destination and, optionally, new text.
public struct LinkRewrite: Sendable {
    public var destination: String
    public var text: String?
    public init(destination: String, text: String? = nil) {
        self.destination = destination
        self.text = text
    }
}
