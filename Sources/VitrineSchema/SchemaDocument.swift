import VitrineContent

/// The files an editor fills in, each with a schema of its own.
public enum SchemaDocument: Sendable, CaseIterable, Hashable {
    case item(ItemType)
    case site, taxonomies, report

    public static var allCases: [SchemaDocument] { ItemType.allCases.map { .item($0) } + [.site, .taxonomies, .report] }

    /// `card.schema.json`, `site.schema.json` ...
    public var fileName: String { "\(name).schema.json" }

    /// The key of its title in the schema strings, and its file's name.
    public var name: String {
        switch self {
        case .item(let type): type.rawValue
        case .site: "site"
        case .taxonomies: "taxonomies"
        case .report: "report"
        }
    }

    /// Where its files are in the content folder, as a glob the YAML language server and
    /// Front Matter CMS understand.
    public var contentGlob: String {
        switch self {
        case .item(let type): "\(type.folder)/**/*.md"
        case .site: "site.yml"
        case .taxonomies: "taxonomies.yml"
        case .report: "reports/*.yml"
        }
    }
}
