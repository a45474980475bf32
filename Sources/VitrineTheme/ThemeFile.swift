/// One file of a site's theme.
public struct ThemeFile: Sendable, Hashable {
    /// Its path in the theme: `html/card.mustache`.
    public let path: String
    public let bytes: [UInt8]
    /// How diagnostics name it: `Templates/html/card.mustache` for the site's own file,
    /// `<built-in>/html/card.mustache` for the built-in one.
    public let display: String
    public let origin: ThemeFileOrigin

    public init(path: String, bytes: [UInt8], display: String, origin: ThemeFileOrigin) {
        self.path = path
        self.bytes = bytes
        self.display = display
        self.origin = origin
    }

    /// Its text, nil when it is not UTF-8.
    public var text: String? { String(validating: bytes, as: UTF8.self) }
}
