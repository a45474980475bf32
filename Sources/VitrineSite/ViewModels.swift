import VitrineTemplates

// Plain values handed to the templates. Field names are the template's vocabulary: a
// template that asks for a name not found here is reported by `vitrine check`.

/// What every page has: the site, its navigation, the interface strings and the page's meta data.
struct PageView {
    var site: SiteView
    var t: [String: String]
    var meta: MetaView
    var home: HomeView? = nil
    var item: ItemView? = nil
    var list: ListView? = nil
    var term: TermView? = nil
    var terms: TermsView? = nil
    var search: SearchView? = nil
}

struct SiteView {
    var title: String
    var description: String
    var language: String
    var copyright: String?
    var baseURL: String
    var navigation: [LinkView]
    var stylesheet: String
    var script: String
    var favicon: String
}

struct LinkView {
    var label: String
    var url: String
    var current: Bool = false
}

struct MetaView {
    /// The page's own title (the site's title on the home page); the template adds the page
    /// number and the site's title.
    var title: String
    var home: Bool
    var description: String
    var canonical: String
    var path: String
    var ogType: String
    var jsonLD: String?
    var draft: Bool
    /// Set on the pages of a list that has more than one.
    var page: PageNumberView? = nil
}

struct PageNumberView {
    var number: Int
    var count: Int
}

/// Links to the other pages of a list: previous, next, and a window of page numbers.
struct PagerView {
    var current: Int
    var count: Int
    var previous: String?
    var next: String?
    var pages: [PagerLink]
}

struct PagerLink {
    var number: String
    var url: String
    var current: Bool
    /// Stands for the pages left out between two numbers.
    var gap: Bool
}

struct TileView {
    var url: String
    var title: String
    var summary: String?
    var typeLabel: String
    var kindLabel: String?
    var date: String?
    var draft: Bool
    /// Space-separated term ids per facet, for the client-side filters and Pagefind.
    var facetKind: String
    var facetThemes: String
    var facetGroups: String
    var facetRegions: String
    var facetSectors: String
    var facetPublication: String
    /// The tile rendered with `partials/tile-body`, once per item (see `TileRenderer`).
    var html: String = ""
}

struct ChipView {
    var taxonomy: String
    var label: String
    var url: String
}

struct SourceLineView {
    var publicationTitle: String
    var publicationURL: String
    var publisher: String
    var year: String
    var section: String?
    var page: String?
    var pageIsRange: Bool
}

struct ItemView {
    var key: String
    var type: String
    var typeLabel: String
    var kindLabel: String?
    var title: String
    var summary: String?
    var body: String
    var date: String?
    var dateISO: String?
    var draft: Bool
    var chips: [ChipView]
    var source: SourceLineView?
    var cites: [TileView]
    var citedBy: [TileView]
    var related: [TileView]
    var conclusion: ConclusionView?
    var factsheet: FactsheetView?
    var swot: SWOTView?
    var publication: PublicationView?
    var pagefindFilters: [PagefindFilter]
}

struct PagefindFilter {
    var name: String
    var value: String
}

struct ConclusionView {
    var number: String?
    var level: String?
    var evidence: [TileView]
    var recommendations: [TileView]
}

struct FactsheetView {
    var subject: String?
    var asOf: String?
    var figures: [FigureView]
    var tables: [TableView]
    var csvURL: String
}

struct FigureView {
    var label: String
    var value: String
    var context: String?
    var note: String?
    var page: String?
}

struct TableView {
    var number: Int
    var id: String
    var caption: String
    var unit: String?
    var note: String?
    var page: String?
    var header: [String]
    var rows: [TableRowView]
    var chart: String?
}

struct TableRowView {
    var head: String
    var cells: [CellView]
}

struct CellView {
    var text: String
    var numeric: Bool
}

struct SWOTView {
    var subject: String?
    var derived: Bool
    var strengths: QuadrantView
    var weaknesses: QuadrantView
    var opportunities: QuadrantView
    var threats: QuadrantView
}

struct QuadrantView {
    var label: String
    var entries: [SWOTEntryView]
    var empty: Bool
}

struct SWOTEntryView {
    var text: String
    var url: String?
    var refTitle: String?
}

struct PublicationView {
    var subtitle: String?
    var authors: String?
    var publisher: String?
    var place: String?
    var commissioner: String?
    var number: String?
    var url: String?
    var rights: String?
    var reportURL: String?
    var drawnFrom: [GroupView]
    var pager: PagerView?
}

struct GroupView {
    var label: String
    var count: Int
    var tiles: [TileView]
}

struct FacetView {
    var name: String
    var label: String
    var options: [FacetOption]
}

struct FacetOption {
    var value: String
    var label: String
}

struct ListView {
    var title: String
    var intro: String?
    var count: Int
    var tiles: [TileView]
    var facets: [FacetView]
    var pager: PagerView?
    /// The list's filter index (all its items with their terms), for filtering across pages.
    var filters: String?
    /// An empty tile, which the filter script fills for each match.
    var tileTemplate: String?
}

struct TermView {
    var taxonomyLabel: String
    var label: String
    var description: String?
    var count: Int
    var groups: [GroupView]
    var pager: PagerView?
}

struct TermsView {
    var title: String
    var entries: [TermEntryView]
}

struct TermEntryView {
    var label: String
    var url: String
    var description: String?
    var count: Int
}

struct HomeView {
    var intro: String
    var latest: [TileView]
    var keyFigures: [FigureView]
    var sections: [TermEntryView]
    var themes: [TermEntryView]
    var publications: [TileView]
}

struct SearchView {
    var available: Bool
}

extension TileView: Equatable {}

extension TileView: TemplateConvertible {
    /// By hand because list and term pages hold thousands of tiles; `TileViewTests` checks
    /// that the keys match the stored properties.
    var templateValue: [String: Any] {
        [
            "url": url, "title": title, "summary": TemplateContext.text(summary), "typeLabel": typeLabel,
            "kindLabel": TemplateContext.text(kindLabel), "date": TemplateContext.text(date), "draft": draft,
            "facetKind": facetKind, "facetThemes": facetThemes, "facetGroups": facetGroups,
            "facetRegions": facetRegions, "facetSectors": facetSectors, "facetPublication": facetPublication,
            "html": html,
        ]
    }
}
