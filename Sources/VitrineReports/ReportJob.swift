/// One printable report to compose: `<folder>/<id>.md` and its chart files beside it.
/// Planned with the site's pages, as their peer, by the build pipeline.
public struct ReportJob: Sendable, Hashable {
    public var id: String
    /// The folder inside the output folder ("rapporten" on the site, "" for `vitrine report`).
    public var folder: String

    public init(id: String, folder: String) {
        self.id = id
        self.folder = folder
    }

    /// The Markdown file it becomes, relative to the output folder.
    public var output: String { path(of: "\(id).md") }

    func path(of name: String) -> String { folder.isEmpty ? name : "\(folder)/\(name)" }
}
