/// One item of content: a card, conclusion, factsheet, SWOT, publication or page.
///
/// A value with its fields in one shared, copy-on-write box: the graph copies items often
/// (10,000 at a time on every rebuild of the preview), and a copy is then one reference count
/// instead of one per field.
public struct Item: Equatable, Sendable {
    private final class Storage: @unchecked Sendable {
        var key: ItemKey
        var file: String
        var title: String
        var summary: String?
        var publication: String?
        var source: SourceCitation?
        var terms: [TaxonomyName: [String]]
        var related: [ReferenceTarget]
        var date: ContentDate?
        var draft: Bool
        var body: ItemBody
        var bodyStartLine: Int
        var details: ItemDetails
        var references: [Reference]
        var aliases: [Alias]

        init(key: ItemKey, file: String, title: String, summary: String?, publication: String?, source: SourceCitation?, terms: [TaxonomyName: [String]], related: [ReferenceTarget], date: ContentDate?, draft: Bool, body: ItemBody, bodyStartLine: Int, details: ItemDetails, references: [Reference], aliases: [Alias]) {
            self.key = key
            self.file = file
            self.title = title
            self.summary = summary
            self.publication = publication
            self.source = source
            self.terms = terms
            self.related = related
            self.date = date
            self.draft = draft
            self.body = body
            self.bodyStartLine = bodyStartLine
            self.details = details
            self.references = references
            self.aliases = aliases
        }

        func copy() -> Storage {
            Storage(key: key, file: file, title: title, summary: summary, publication: publication, source: source, terms: terms, related: related, date: date, draft: draft, body: body, bodyStartLine: bodyStartLine, details: details, references: references, aliases: aliases)
        }
    }

    private var storage: Storage

    public init(key: ItemKey, file: String, title: String, summary: String?, publication: String?, source: SourceCitation?, terms: [TaxonomyName: [String]], related: [ReferenceTarget], date: ContentDate?, draft: Bool, body: ItemBody, bodyStartLine: Int, details: ItemDetails, references: [Reference], aliases: [Alias] = []) {
        storage = Storage(key: key, file: file, title: title, summary: summary, publication: publication, source: source, terms: terms, related: related, date: date, draft: draft, body: body, bodyStartLine: bodyStartLine, details: details, references: references, aliases: aliases)
    }

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var key: ItemKey {
        get { storage.key }
        set { unique().key = newValue }
    }

    /// Path of the file, relative to the working directory.
    public var file: String {
        get { storage.file }
        set { unique().file = newValue }
    }

    public var title: String {
        get { storage.title }
        set { unique().title = newValue }
    }

    public var summary: String? {
        get { storage.summary }
        set { unique().summary = newValue }
    }

    public var publication: String? {
        get { storage.publication }
        set { unique().publication = newValue }
    }

    public var source: SourceCitation? {
        get { storage.source }
        set { unique().source = newValue }
    }

    /// Term ids per vocabulary, as written (the card kind is stored under `.kind`).
    public var terms: [TaxonomyName: [String]] {
        get { storage.terms }
        set { unique().terms = newValue }
    }

    public var related: [ReferenceTarget] {
        get { storage.related }
        set { unique().related = newValue }
    }

    /// The item's own date, or (after loading) its publication's.
    public var date: ContentDate? {
        get { storage.date }
        set { unique().date = newValue }
    }

    public var draft: Bool {
        get { storage.draft }
        set { unique().draft = newValue }
    }

    /// The Markdown body (read from its file when asked for, see `ItemBody`).
    public var body: ItemBody {
        get { storage.body }
        set { unique().body = newValue }
    }

    /// The file line the body starts on (for positions in it).
    public var bodyStartLine: Int {
        get { storage.bodyStartLine }
        set { unique().bodyStartLine = newValue }
    }

    public var details: ItemDetails {
        get { storage.details }
        set { unique().details = newValue }
    }

    /// Every reference the item makes, in front matter and body, with positions.
    public var references: [Reference] {
        get { storage.references }
        set { unique().references = newValue }
    }

    /// Old URLs that send readers on to this item.
    public var aliases: [Alias] {
        get { storage.aliases }
        set { unique().aliases = newValue }
    }

    public var id: String { key.id }
    public var type: ItemType { key.type }

    public static func == (a: Item, b: Item) -> Bool {
        if a.storage === b.storage { return true }
        return a.key == b.key
            && a.file == b.file
            && a.title == b.title
            && a.summary == b.summary
            && a.publication == b.publication
            && a.source == b.source
            && a.terms == b.terms
            && a.related == b.related
            && a.date == b.date
            && a.draft == b.draft
            && a.body == b.body
            && a.bodyStartLine == b.bodyStartLine
            && a.details == b.details
            && a.references == b.references
            && a.aliases == b.aliases
    }
}
