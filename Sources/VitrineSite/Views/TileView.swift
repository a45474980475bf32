import VitrineTemplates

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
