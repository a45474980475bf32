import VitrineContent

/// Where everything lives on the site: Dutch, pretty `/path/` URLs served by `index.html`.
public enum URLScheme {
    public static func section(_ type: ItemType) -> String {
        switch type {
        case .card: "kaarten"
        case .conclusion: "conclusies"
        case .factsheet: "factsheets"
        case .swot: "swot"
        case .publication: "publicaties"
        case .page: ""
        }
    }

    public static func section(_ taxonomy: TaxonomyName) -> String {
        switch taxonomy {
        case .kind: "soorten"
        case .theme: "themas"
        case .group: "doelgroepen"
        case .region: "regios"
        case .sector: "sectoren"
        }
    }

    public static let search = "/zoeken/"
    /// The accessibility statement (toegankelijkheidsverklaring).
    public static let accessibility = "/toegankelijkheid/"
    public static let reports = "rapporten"
    /// Where Pagefind's bundle (index and interface) is published.
    public static let searchBundle = "pagefind"
    /// Where the web server's configuration is written: never served.
    public static let deploymentFolder = "_deploy"

    /// Top-level folders and files of the site that are not pages (assets, the search index, the
    /// web server's files): no page and no alias may live in them.
    public static let serverFolders: Set<String> = ["assets", searchBundle, deploymentFolder,
                                                    DeploymentFile.headers.output, DeploymentFile.redirects.output]

    /// Top-level paths the site uses itself; a page may not take one of these ids.
    public static var reservedPageIDs: Set<String> {
        Set(ItemType.allCases.map { section($0) } + TaxonomyName.allCases.map { section($0) }
            + ["zoeken", "toegankelijkheid", reports, "404", "sitemap", "feed", api]).union(serverFolders).subtracting([""])
    }

    public static func path(_ key: ItemKey) -> String {
        if key.type == .page { return key.id == "index" ? "/" : "/\(key.id)/" }
        return "/\(section(key.type))/\(key.id)/"
    }

    /// The item a path is the page of, by the path's shape alone (the item may be gone).
    public static func itemKey(for path: String) -> ItemKey? {
        guard path.hasPrefix("/"), path.hasSuffix("/") else { return nil }
        let segments = path.split(separator: "/").map(String.init)
        switch segments.count {
        case 1 where !reservedPageIDs.contains(segments[0]): return ItemKey(.page, segments[0])
        case 2: return ItemType.allCases.first { $0 != .page && section($0) == segments[0] }.map { ItemKey($0, segments[1]) }
        default: return nil
        }
    }

    public static func path(_ term: TermKey) -> String { "/\(section(term.taxonomy))/\(term.id)/" }

    public static func index(_ type: ItemType) -> String { "/\(section(type))/" }

    public static func index(_ taxonomy: TaxonomyName) -> String { "/\(section(taxonomy))/" }

    public static func report(_ id: String) -> String { "/\(reports)/\(id).md" }

    /// The page that lists the dossiers, in the folder that holds their files.
    public static var reportsIndex: String { "/\(reports)/" }

    /// A list's filter index: every item with its terms, for filtering across the list's pages.
    public static func filters(_ type: ItemType) -> String { "/\(section(type))/filters.json" }

    public static func path(_ target: ReferenceTarget) -> String {
        switch target {
        case .item(let key): path(key)
        case .term(let key): path(key)
        // A dossier's entry on the dossiers page, which offers its PDF and its Markdown.
        case .report(let id): "\(reportsIndex)#dossier-\(id)"
        }
    }

    /// The file a path is written to, relative to the output folder.
    public static func file(for path: String) -> String {
        path.hasSuffix("/") ? String(path.dropFirst()) + "index.html" : String(path.dropFirst())
    }

    /// An absolute URL on the site.
    public static func absolute(_ path: String, baseURL: String) -> String {
        baseURL + path.dropFirst()
    }
}
