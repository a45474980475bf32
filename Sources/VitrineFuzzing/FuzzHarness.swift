import VitrineContent
import VitrineMarkdown

/// The fuzz targets: one function per kind of content file, each running the loader's real
/// path on the bytes (`ContentFileParsing`) and returning what it gave.
public enum FuzzHarness {
    /// An item file, read as each of the six item types (the same bytes in each type's folder).
    public static func item(_ bytes: [UInt8]) -> FuzzRun {
        var run = FuzzRun(files: [], diagnostics: [])
        for type in ItemType.allCases {
            let path = "Content/\(type.folder)/fuzz.md"
            run.files.append(FuzzFile(path: path, bytes: bytes))
            run.diagnostics += ContentFileParsing.item(bytes, type: type, id: "fuzz", path: path)
        }
        return run
    }

    /// `site.yml` and `taxonomies.yml`: the same bytes read as each.
    public static func config(_ bytes: [UInt8]) -> FuzzRun {
        let site = "Content/site.yml", taxonomies = "Content/taxonomies.yml"
        _ = DiagnosticLanguage.ofSiteFile(String(decoding: bytes, as: UTF8.self))
        return FuzzRun(files: [FuzzFile(path: site, bytes: bytes), FuzzFile(path: taxonomies, bytes: bytes)],
                       diagnostics: ContentFileParsing.site(bytes, path: site)
                           + ContentFileParsing.taxonomies(bytes, path: taxonomies))
    }

    /// A report definition.
    public static func report(_ bytes: [UInt8]) -> FuzzRun {
        let path = "Content/reports/fuzz.yml"
        return FuzzRun(files: [FuzzFile(path: path, bytes: bytes)],
                       diagnostics: ContentFileParsing.report(bytes, id: "fuzz", path: path))
    }

    /// Front matter that passes every check of a card, so a Markdown body's own problems are
    /// what the markdown target finds.
    static let cardHead = Array("---\ntitle: T\nsummary: S\npublication: p\nkind: k\nthemes: [t]\n---\n".utf8)

    /// A Markdown body with references: the body of a valid card (its links checked as
    /// references, at their positions), and libcmark's walks and renderings of it.
    public static func markdown(_ bytes: [UInt8]) -> FuzzRun {
        let path = "Content/cards/fuzz.md"
        let file = cardHead + bytes
        let run = FuzzRun(files: [FuzzFile(path: path, bytes: file)],
                          diagnostics: ContentFileParsing.item(file, type: .card, id: "fuzz", path: path))
        // The body as the site and the reports use it (only when it is text: the loader stops otherwise).
        if let body = String(validating: bytes, as: UTF8.self), !body.contains("\0") {
            let document = MarkdownDocument(body)
            _ = document.headings()
            document.rewriteLinks { ReferenceTarget(parsing: $0.destination).map { LinkRewrite(destination: "/\($0)/") } }
            document.shiftHeadings(by: 1)
            _ = document.renderHTML()
            _ = document.renderCommonMark()
            _ = document.plainText()
        }
        return run
    }
}
