/// The view models the Markdown templates (`Templates/markdown/`) render. Every text in them is
/// already inline Markdown (escaped by `PandocText`), or a Markdown block where the name says so.
/// Names differ per level because Mustache looks a missing value up in the enclosing views.

struct ReportView {
    var meta: MetadataView
    var chapters: [SectionView]
    var bibliography: BibliographyView?
    var labels: [String: String]
}

struct MetadataView {
    var title: String
    var subtitle: String?
    var authors: [String]
    var hasAuthors: Bool
    var date: String?
    var abstractLines: [String]
    var hasAbstract: Bool
    var language: String
}

struct SectionView {
    /// `#` for a chapter, `##` for a section inside one.
    var sectionHashes: String
    var sectionTitle: String
    var sectionAnchor: String
    /// Markdown blocks; an array (empty or one) so a nested section without intro does not
    /// show its parent's.
    var sectionIntro: [String]
    var items: [ItemView]
    var subsections: [SectionView]
    /// A LaTeX page break before this chapter (not before the first).
    var pageBreak: Bool
    var isEmpty: Bool
}

/// Text shown as a link: inside the report it points at the anchor, outside it names the site URL.
struct LinkView {
    var text: String
    var anchor: String?
    var url: String?
}

struct FactLine {
    var factLabel: String
    var factValue: String
    var last: Bool
}

struct LinkListView {
    var listLabel: String
    var links: [LinkView]
}

struct ItemView {
    var itemHashes: String
    var itemTitle: String
    var itemAnchor: String
    var lead: String?
    /// The footnote text with the item's source.
    var sourceNote: String?
    var facts: [FactLine]?
    /// Markdown blocks: the author's body, re-rendered with headings shifted and links rewritten.
    var body: String?
    var linkLists: [LinkListView]
    var factsheet: FactsheetView?
    var swot: SWOTView?
    /// Set when the item already appeared earlier in the report.
    var repeatOf: LinkView?
}

struct FactsheetView {
    /// "De cijfers staan in tabel 1 en tabel 2; figuur 1 ..."
    var tableSentence: String?
    var tables: [TableView]
}

struct TableView {
    var tableLabel: String
    var caption: String
    var header: [CellView]
    var columns: [ColumnView]
    var rows: [RowView]
    var tableNote: String?
    var chart: ChartView?
}

struct CellView {
    var text: String
}

struct ColumnView {
    var dashes: String
    var right: Bool
}

struct RowView {
    var cells: [CellView]
}

struct ChartView {
    var figureLabel: String
    var figureCaption: String
    var file: String
}

struct SWOTView {
    var swotSubject: String?
    var derivedNote: String
    var swotLabel: String
    var swotCaption: String
    /// The grid table, laid out by `GridTable`.
    var grid: String
}

struct BibliographyView {
    var bibliographyTitle: String
    var entries: [CitationView]
}

struct CitationView {
    var citationAnchor: String
    var citationAuthors: String?
    var year: String
    var citationTitle: String
    var publisher: String
    var place: String?
    var number: String?
    var url: String?
}
