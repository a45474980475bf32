/// A dossier's PDF that `vitrine build` published next to its Markdown, as the site links it:
/// "Dossier als PDF (PDF, 1,2 MB, 45 pagina's)".
public struct PublishedDocument: Sendable, Equatable {
    /// The URL path, `/rapporten/<id>.pdf`.
    public var path: String
    public var bytes: Int
    public var pages: Int

    public init(path: String, bytes: Int, pages: Int) {
        self.path = path
        self.bytes = bytes
        self.pages = pages
    }
}
