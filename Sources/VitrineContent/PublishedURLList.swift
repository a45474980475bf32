/// The URLs a site has published, remembered in a file that lives with the content
/// (`published-urls.txt`, committed by the team): one site path a line, sorted; a URL
/// withdrawn on purpose ends with ` gone`. A build that no longer makes a remembered URL, and
/// has no alias for it, fails: partners' links never break silently.
public struct PublishedURLList: Equatable, Sendable {
    public static let fileName = "published-urls.txt"
    static let goneMarker = " gone"

    public struct Entry: Equatable, Sendable {
        public var path: String
        /// Withdrawn on purpose: the site keeps a page there saying so.
        public var gone: Bool
        /// The line it was read from; nil for an entry this build adds.
        public var line: Int?

        public init(path: String, gone: Bool, line: Int? = nil) {
            self.path = path
            self.gone = gone
            self.line = line
        }
    }

    /// By path.
    public private(set) var entries: [String: Entry]

    public init(entries: [Entry] = []) {
        self.entries = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads the file's text; a line that is not a site path is an error at its line.
    public static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> PublishedURLList {
        var entries: [Entry] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let gone = line.hasSuffix(goneMarker)
            let text = String(gone ? line.dropLast(goneMarker.count) : line)
            guard let path = Alias.normalized(text), path == text else {
                diagnostics.append(.error(.invalidPublishedURL, ["line": .value(String(line))],
                                          at: SourceLocation(file: file, line: index + 1), hint: .phrase("published-url-shape")))
                continue
            }
            entries.append(Entry(path: path, gone: gone, line: index + 1))
        }
        return PublishedURLList(entries: entries)
    }

    /// The paths withdrawn on purpose, sorted.
    public var gone: [String] { entries.values.filter(\.gone).map(\.path).sorted() }

    public func contains(_ path: String) -> Bool { entries[path] != nil }

    /// Remembers a path the site makes; one that was withdrawn and is made again is live again.
    public mutating func publish(_ path: String) {
        if entries[path]?.gone == false { return }
        entries[path] = Entry(path: path, gone: false, line: entries[path]?.line)
    }

    public mutating func retire(_ path: String) {
        entries[path] = Entry(path: path, gone: true, line: entries[path]?.line)
    }

    /// The file's text: every path a line, in byte order, so the file diffs well in review.
    public var text: String {
        entries.values.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            .map { $0.gone ? $0.path + Self.goneMarker : $0.path }
            .joined(separator: "\n") + (entries.isEmpty ? "" : "\n")
    }
}
