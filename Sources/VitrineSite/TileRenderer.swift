import Foundation
import VitrineContent
import VitrineTemplates

/// Renders an item's tile once and reuses the HTML on every page that lists the item: a
/// tile is a pure function of its view, so the HTML is kept with the view it was made from
/// and made again only when that view differs. On a site of 10,000 items the lists hold
/// tens of thousands of tiles; rendering each through Mustache again was the largest cost
/// of a build.
public final class TileRenderer: @unchecked Sendable {
    public static let template = "partials/tile-body"

    private let templates: TemplateSet
    private let lock = NSLock()
    private var rendered: [ItemKey: (view: TileView, html: String)] = [:]

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// An empty tile, for scripts that fill in tiles of their own.
    func blank() -> String {
        let view = TileView(url: "#", title: "-", summary: "-", typeLabel: "-", kindLabel: nil, date: nil, draft: false,
                            facetKind: "", facetThemes: "", facetGroups: "", facetRegions: "", facetSectors: "",
                            facetPublication: "")
        var context = view.templateValue
        context["t"] = templates.strings.labels
        return templates.render(context, template: Self.template) ?? ""
    }

    func html(for key: ItemKey, _ tile: TileView) -> String {
        var view = tile
        view.html = ""
        lock.lock()
        let cached = rendered[key]
        lock.unlock()
        if let cached, cached.view == view { return cached.html }
        var context = view.templateValue
        context["t"] = templates.strings.labels
        let html = templates.render(context, template: Self.template) ?? ""
        lock.lock()
        rendered[key] = (view, html)
        lock.unlock()
        return html
    }
}
