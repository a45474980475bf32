import VitrineTemplates

/// An item as one tile of a list. Made once per item and run (`SiteIndex`) and shared by every
/// page that lists the item: a class, so a page of 48 tiles holds 48 references instead of
/// copying 15 fields each (the copies were 2 % of a 10,000-card build).
final class TileView: Sendable {
    let url: String
    let title: String
    let summary: String?
    let typeLabel: String
    let kindLabel: String?
    let date: String?
    let draft: Bool
    /// Space-separated term ids per facet, for the client-side filters and Pagefind.
    let facetKind: String
    let facetThemes: String
    let facetGroups: String
    let facetRegions: String
    let facetSectors: String
    let facetPublication: String
    /// The tile rendered with `partials/tile-body`, once per item (see `TileRenderer`).
    let html: String

    init(url: String, title: String, summary: String?, typeLabel: String, kindLabel: String?, date: String?, draft: Bool,
         facetKind: String, facetThemes: String, facetGroups: String, facetRegions: String, facetSectors: String,
         facetPublication: String, html: String = "") {
        self.url = url
        self.title = title
        self.summary = summary
        self.typeLabel = typeLabel
        self.kindLabel = kindLabel
        self.date = date
        self.draft = draft
        self.facetKind = facetKind
        self.facetThemes = facetThemes
        self.facetGroups = facetGroups
        self.facetRegions = facetRegions
        self.facetSectors = facetSectors
        self.facetPublication = facetPublication
        self.html = html
    }

    /// The same tile with its rendered HTML.
    func with(html: String) -> TileView {
        TileView(url: url, title: title, summary: summary, typeLabel: typeLabel, kindLabel: kindLabel, date: date, draft: draft,
                 facetKind: facetKind, facetThemes: facetThemes, facetGroups: facetGroups, facetRegions: facetRegions,
                 facetSectors: facetSectors, facetPublication: facetPublication, html: html)
    }
}

extension TileView: Equatable {
    static func == (a: TileView, b: TileView) -> Bool {
        a.url == b.url && a.title == b.title && a.summary == b.summary && a.typeLabel == b.typeLabel
            && a.kindLabel == b.kindLabel && a.date == b.date && a.draft == b.draft && a.facetKind == b.facetKind
            && a.facetThemes == b.facetThemes && a.facetGroups == b.facetGroups && a.facetRegions == b.facetRegions
            && a.facetSectors == b.facetSectors && a.facetPublication == b.facetPublication && a.html == b.html
    }
}

extension TileView: TemplateRecord {
    static let templateFields = TemplateFields<TileView> {
        $0.interfaceStrings("t")
        $0.text("url") { $0.url }
        $0.text("title") { $0.title }
        $0.text("summary") { $0.summary }
        $0.text("typeLabel") { $0.typeLabel }
        $0.text("kindLabel") { $0.kindLabel }
        $0.text("date") { $0.date }
        $0.bool("draft") { $0.draft }
        $0.text("facetKind") { $0.facetKind }
        $0.text("facetThemes") { $0.facetThemes }
        $0.text("facetGroups") { $0.facetGroups }
        $0.text("facetRegions") { $0.facetRegions }
        $0.text("facetSectors") { $0.facetSectors }
        $0.text("facetPublication") { $0.facetPublication }
        $0.html("html") { $0.html }
    }
}
