import VitrineContent

/// The editor files beside a site's content: `.vscode/settings.json`, which maps the `.yml`
/// files to their schemas for the YAML language server, and `frontmatter.json`, which gives
/// Front Matter CMS a form per item type (the YAML language server does not read Markdown
/// front matter), with the site's terms and references as choices.
public struct EditorSettings: Sendable {
    public let writer: SchemaWriter
    /// The content folder and the schemas folder, relative to the site's folder.
    public let content: String
    public let schemas: String

    public init(writer: SchemaWriter, content: String, schemas: String) {
        self.writer = writer
        self.content = content
        self.schemas = schemas
    }

    public static let vscodeSettings = ".vscode/settings.json"
    public static let frontMatterSettings = "frontmatter.json"

    /// Both files by path, relative to the site's folder.
    public func files() -> [String: [UInt8]] {
        [Self.vscodeSettings: Array(vscode().text().utf8), Self.frontMatterSettings: Array(frontMatter().text().utf8)]
    }

    func vscode() -> JSONValue {
        let yaml: [SchemaDocument] = [.site, .taxonomies, .report]
        return .object([
            ("yaml.schemas", .object(yaml.map { ("\(schemas)/\($0.fileName)", .array([.string("\(content)/\($0.contentGlob)")])) })),
        ])
    }

    func frontMatter() -> JSONValue {
        let types = ItemType.allCases
        return .object([
            ("$schema", .string("https://frontmatter.codes/frontmatter.schema.json")),
            ("frontMatter.framework.id", .string("other")),
            ("frontMatter.content.pageFolders", .array(types.map { type in
                .object([("title", .string(writer.strings["document.\(type.rawValue)"])),
                         ("path", .string("[[workspace]]/\(content)/\(type.folder)")),
                         ("contentTypes", .array([.string(type.rawValue)]))])
            })),
            ("frontMatter.taxonomy.contentTypes", .array(types.map { type in
                .object([("name", .string(type.rawValue)), ("pageBundle", .bool(false)),
                         ("fields", .array(ContentSchemas.fields(of: .item(type)).compactMap(field)))])
            })),
        ])
    }

    /// A form field, or nil for what a form does not edit well (figures, tables, SWOT points:
    /// lists of objects, written in the file itself and checked by `vitrine check`).
    private func field(_ field: SchemaField) -> JSONValue? {
        var members: [(String, JSONValue)] = [("title", .string(field.name)), ("name", .string(field.name)),
                                              ("description", .string(writer.strings[field.description]))]
        switch field.shape {
        case .text, .textOrNumber, .date, .page, .url, .nullable(.text), .nullable(.textOrNumber): members.append(("type", .string("string")))
        case .number, .integer: members.append(("type", .string("number")))
        case .bool: members.append(("type", .string("boolean")))
        case .choice(let words): members += [("type", .string("choice")), ("choices", .array(words.map { .string($0) }))]
        case .publicationID: members += [("type", .string("choice")), ("choices", choices(writer.vocabulary.publications))]
        case .term(let taxonomy): members += [("type", .string("choice")), ("choices", choices(writer.vocabulary.terms[taxonomy] ?? []))]
        case .list(.term(let taxonomy)):
            members += [("type", .string("choice")), ("multiple", .bool(true)), ("choices", choices(writer.vocabulary.terms[taxonomy] ?? []))]
        case .list(.reference):
            members += [("type", .string("choice")), ("multiple", .bool(true)), ("choices", choices(writer.vocabulary.references))]
        case .list(.text), .nullable(.list(.text)): members.append(("type", .string("list")))
        case .object(let fields):
            members += [("type", .string("fields")), ("fields", .array(fields.compactMap(self.field)))]
        default: return nil
        }
        if field.required { members.append(("required", .bool(true))) }
        return .object(members)
    }

    private func choices(_ options: [(id: String, label: String)]) -> JSONValue {
        .array(options.map { .object([("id", .string($0.id)), ("title", .string($0.label))]) })
    }
}
