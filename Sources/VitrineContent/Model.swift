/// The kinds of item that live in `Content/`, each in its own folder.
public enum ItemType: String, CaseIterable, Sendable, Comparable {
    case publication, card, conclusion, factsheet, swot, page

    /// The folder under `Content/` that holds this type.
    public var folder: String {
        switch self {
        case .publication: "publications"
        case .card: "cards"
        case .conclusion: "conclusions"
        case .factsheet: "factsheets"
        case .swot: "swot"
        case .page: "pages"
        }
    }

    /// Cards, conclusions, factsheets and SWOTs share the fields of a knowledge item.
    public var isKnowledgeItem: Bool { self != .publication && self != .page }

    /// Position in `allCases`, for sorting (a switch: sorting 10,000 keys compares often).
    var order: Int {
        switch self {
        case .publication: 0
        case .card: 1
        case .conclusion: 2
        case .factsheet: 3
        case .swot: 4
        case .page: 5
        }
    }

    public static func < (a: ItemType, b: ItemType) -> Bool { a.order < b.order }
}

/// The five vocabularies of `taxonomies.yml`.
public enum TaxonomyName: String, CaseIterable, Sendable, Comparable {
    case kind, theme, group, region, sector

    /// The key in `taxonomies.yml` and in front matter.
    public var key: String {
        switch self {
        case .kind: "kinds"
        case .theme: "themes"
        case .group: "groups"
        case .region: "regions"
        case .sector: "sectors"
        }
    }

    /// The vocabularies an item lists in its front matter (the kind is a single field).
    public static let itemFields: [TaxonomyName] = [.theme, .group, .region, .sector]

    var order: Int {
        switch self {
        case .kind: 0
        case .theme: 1
        case .group: 2
        case .region: 3
        case .sector: 4
        }
    }

    public static func < (a: TaxonomyName, b: TaxonomyName) -> Bool { a.order < b.order }
}

/// Identifies an item: its type and its id.
public struct ItemKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var type: ItemType
    public var id: String

    public init(_ type: ItemType, _ id: String) {
        self.type = type
        self.id = id
    }

    public var description: String { "\(type.rawValue):\(id)" }

    public static func < (a: ItemKey, b: ItemKey) -> Bool { a.type != b.type ? a.type < b.type : a.id < b.id }
}

/// Identifies a taxonomy term.
public struct TermKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var taxonomy: TaxonomyName
    public var id: String

    public init(_ taxonomy: TaxonomyName, _ id: String) {
        self.taxonomy = taxonomy
        self.id = id
    }

    public var description: String { "\(taxonomy.rawValue):\(id)" }

    public static func < (a: TermKey, b: TermKey) -> Bool { a.taxonomy != b.taxonomy ? a.taxonomy < b.taxonomy : a.id < b.id }
}

/// What a reference points at.
public enum ReferenceTarget: Hashable, Comparable, Sendable, CustomStringConvertible {
    case item(ItemKey)
    case term(TermKey)
    case report(String)

    /// Parses `type:id`; nil when the text is not of that shape or the type is unknown.
    public init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let type = String(text[..<colon]), id = String(text[text.index(after: colon)...])
        guard !id.isEmpty else { return nil }
        if let itemType = ItemType(rawValue: type) {
            self = .item(ItemKey(itemType, id))
        } else if let taxonomy = TaxonomyName(rawValue: type) {
            self = .term(TermKey(taxonomy, id))
        } else if type == "report" {
            self = .report(id)
        } else {
            return nil
        }
    }

    /// The reference types, for messages and for telling references from URLs.
    public static let typeNames: [String] =
        ItemType.allCases.map(\.rawValue) + ["report"] + TaxonomyName.allCases.map(\.rawValue)

    /// True when `text` starts with one of the reference types and a colon.
    public static func looksLikeReference(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return typeNames.contains(String(text[..<colon]))
    }

    public var description: String {
        switch self {
        case .item(let key): key.description
        case .term(let key): key.description
        case .report(let id): "report:\(id)"
        }
    }

    public static func < (a: ReferenceTarget, b: ReferenceTarget) -> Bool { a.description < b.description }
}

/// A reference as written, with where it was written.
public struct Reference: Hashable, Sendable {
    public var target: ReferenceTarget
    public var location: SourceLocation

    public init(_ target: ReferenceTarget, at location: SourceLocation) {
        self.target = target
        self.location = location
    }
}

/// A calendar date as written in content: `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the
/// source gives no more (a report dated "november 2020" is not given a day it does not have).
public struct ContentDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day

        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public var year: Int
    /// 1 when only the year is known.
    public var month: Int
    /// 1 when only the year or the month is known.
    public var day: Int
    public var precision: Precision

    public init?(year: Int, month: Int = 1, day: Int = 1, precision: Precision = .day) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...ContentDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
    }

    /// Parses exactly `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, rejecting dates that do not exist (2023-02-30).
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
              parts.enumerated().allSatisfy({ $1.count == widths[$0] && $1.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        self.init(year: numbers[0], month: numbers.count > 1 ? numbers[1] : 1, day: numbers.count > 2 ? numbers[2] : 1,
                  precision: numbers.count == 3 ? .day : numbers.count == 2 ? .month : .year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// As written: `2023-06-07`, `2020-11` or `2023` (also valid W3C and ISO 8601 dates).
    public var description: String {
        switch precision {
        case .year: Self.pad(year, 4)
        case .month: "\(Self.pad(year, 4))-\(Self.pad(month, 2))"
        case .day: "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        }
    }

    /// Always `YYYY-MM-DD`, the first day of the period when less is known (for feeds,
    /// which require a full date).
    public var fullDate: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

    public static func < (a: ContentDate, b: ContentDate) -> Bool {
        (a.year, a.month, a.day, a.precision.rawValue) < (b.year, b.month, b.day, b.precision.rawValue)
    }
}

/// Where in its publication an item's content is found.
public struct SourceCitation: Hashable, Sendable {
    public var section: String?
    /// A page number or a range such as "12-14".
    public var page: String?
}

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
        var body: String
        var bodyStartLine: Int
        var details: ItemDetails
        var references: [Reference]

        init(key: ItemKey, file: String, title: String, summary: String?, publication: String?, source: SourceCitation?, terms: [TaxonomyName: [String]], related: [ReferenceTarget], date: ContentDate?, draft: Bool, body: String, bodyStartLine: Int, details: ItemDetails, references: [Reference]) {
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
        }

        func copy() -> Storage {
            Storage(key: key, file: file, title: title, summary: summary, publication: publication, source: source, terms: terms, related: related, date: date, draft: draft, body: body, bodyStartLine: bodyStartLine, details: details, references: references)
        }
    }

    private var storage: Storage

    public init(key: ItemKey, file: String, title: String, summary: String?, publication: String?, source: SourceCitation?, terms: [TaxonomyName: [String]], related: [ReferenceTarget], date: ContentDate?, draft: Bool, body: String, bodyStartLine: Int, details: ItemDetails, references: [Reference]) {
        storage = Storage(key: key, file: file, title: title, summary: summary, publication: publication, source: source, terms: terms, related: related, date: date, draft: draft, body: body, bodyStartLine: bodyStartLine, details: details, references: references)
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

    /// The Markdown body.
    public var body: String {
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
    }
}

/// What only one type of item has.
public enum ItemDetails: Equatable, Sendable {
    case card(kind: String)
    case conclusion(Conclusion)
    case factsheet(Factsheet)
    case swot(SWOT)
    case publication(PublicationInfo)
    case page(PageInfo)
}

public enum ConclusionLevel: String, CaseIterable, Sendable {
    case micro, meso, macro
}

public struct Conclusion: Equatable, Sendable {
    public var number: String?
    public var level: ConclusionLevel?
    public var evidence: [ReferenceTarget]
    public var recommendations: [ReferenceTarget]
}

public struct Factsheet: Equatable, Sendable {
    public var subject: String?
    public var asOf: ContentDate?
    public var figures: [Figure]
    public var tables: [DataTable]
}

public struct Figure: Equatable, Sendable {
    public var label: String
    public var value: Double
    public var unit: String?
    public var period: String?
    public var area: String?
    public var note: String?
    public var page: String?
}

/// A table cell: text or a number.
public enum Cell: Hashable, Sendable {
    case text(String)
    case number(Double)

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}

public enum ChartType: String, CaseIterable, Sendable {
    case bar
}

public struct DataTable: Equatable, Sendable {
    public var caption: String
    public var columns: [String]
    public var rows: [[Cell]]
    public var unit: String?
    public var note: String?
    public var page: String?
    public var chart: ChartType?
}

public struct SWOT: Equatable, Sendable {
    public enum Quadrant: String, CaseIterable, Sendable {
        case strengths, weaknesses, opportunities, threats
    }

    public struct Entry: Equatable, Sendable {
        public var text: String
        public var ref: ReferenceTarget?
    }

    public var subject: String?
    public var derived: Bool
    public var quadrants: [Quadrant: [Entry]]

    public func entries(_ quadrant: Quadrant) -> [Entry] { quadrants[quadrant] ?? [] }
}

public struct PublicationInfo: Equatable, Sendable {
    public var subtitle: String?
    /// Empty when the report names no authors.
    public var authors: [String]
    /// Nil when the report does not name its publisher.
    public var publisher: String?
    public var place: String?
    public var commissioner: String?
    public var number: String?
    public var url: String?
    public var rights: String?
}

public struct PageInfo: Equatable, Sendable {
    public var menu: Bool
    public var weight: Int
}
