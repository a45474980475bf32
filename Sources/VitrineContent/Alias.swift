/// An old URL of an item (`aliases:` in its front matter): the site writes a page there that
/// sends readers on to the item, and lists it in the redirect map for servers.
public struct Alias: Hashable, Sendable {
    /// A site path, `/oude/url/` (a folder, served by its index.html) or `/oud.html`.
    public var path: String
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }

    /// What a URL path may hold unencoded (RFC 3986 `pchar` and `/`), and `%` for escapes.
    private static let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/%!$&'()*+,;=:@".utf8)

    /// The path in its one spelling (`/oud` becomes `/oud/`), or nil when it is not a site
    /// path that can be a file: it must start with `/`, and hold only the characters a URL
    /// path allows unencoded (or `%XX` escapes), no empty, `.` or `..` segments, no `?` or `#`.
    public static func normalized(_ text: String) -> String? {
        guard text.hasPrefix("/"), text.utf8.count <= 2048 else { return nil }
        guard text.utf8.allSatisfy(allowed.contains) else { return nil }
        let segments = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let inner = text.hasSuffix("/") ? segments.dropLast() : segments[...]
        guard !inner.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        guard let last = inner.last else { return nil }  // "/" is the home page, never an alias
        if text.hasSuffix("/") || last.contains(".") { return text }
        return text + "/"
    }
}
