import Foundation
import VitrineTheme

/// What a build is asked to do: where the content and templates are, where the site goes,
/// and whether drafts and the search index are part of it.
public struct BuildOptions: Sendable {
    public var content: String
    /// The site's own templates folder (`--templates`); nil: `Templates/` beside the content
    /// when it exists, the built-in theme either way (see `ThemeSource.resolve`).
    public var templates: String?
    public var output: String
    public var includeDrafts: Bool
    /// Index the site with Pagefind when it is installed.
    public var search: Bool
    /// Publish each dossier's PDF next to its Markdown when Pandoc 3 and Typst are installed
    /// (`vitrine build` asks for it unless `--no-pdf`; off by default, so that a full build in
    /// the tests equals what the preview writes, which never makes PDFs).
    public var documents: Bool
    /// Write the URLs the build published into the content's `published-urls.txt` (`vitrine
    /// build`; never with drafts, whose URLs are not published). Either way a build that no longer
    /// makes a URL listed there fails.
    public var remembersURLs: Bool
    /// URLs to withdraw on purpose (`--retire`): each gets a page saying so.
    public var retire: [String]

    public init(content: String = "Content", templates: String? = nil, output: String = "Site",
                includeDrafts: Bool = false, search: Bool = true, documents: Bool = false,
                remembersURLs: Bool = false, retire: [String] = []) {
        self.content = content
        self.templates = templates
        self.output = output
        self.includeDrafts = includeDrafts
        self.search = search
        self.documents = documents
        self.remembersURLs = remembersURLs && !includeDrafts
        self.retire = retire
    }

    /// Where the theme comes from.
    public var theme: ThemeSource { ThemeSource.resolve(templates: templates, content: content) }

    /// Folders an output folder may never be or contain.
    var protectedFolders: [URL] {
        [URL(fileURLWithPath: content), URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
            + (theme.folderURL.map { [$0] } ?? [])
    }
}
