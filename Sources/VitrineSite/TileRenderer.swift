import Foundation
import VitrineContent
import VitrineTemplates

/// Renders an item's tile once and reuses the HTML on every page that lists the item: a
/// tile is a pure function of its view, so the HTML is kept with the view it was made from
/// and made again only when that view differs. On a site of 10,000 items the lists hold
/// tens of thousands of tiles; rendering each again was the largest cost of a build.
public final class TileRenderer: @unchecked Sendable {
    public static let template = "partials/tile-body"

    private let templates: TemplateLibrary
    private let lock = NSLock()
    private var rendered: [ItemKey: (content: TileView.Content, html: String)] = [:]
    private var failures: [Diagnostic] = []

    /// Whether rendered tiles are kept for a next run (the preview's); a one-off build makes
    /// each tile once anyway (`SiteIndex`) and need not hold them twice.
    private let keepsTiles: Bool

    public init(templates: TemplateLibrary, keepsTiles: Bool = true) {
        self.templates = templates
        self.keepsTiles = keepsTiles
    }

    /// Problems of tiles that could not be rendered (the pages showing them fail too).
    var problems: [Diagnostic] {
        lock.lock(); defer { lock.unlock() }
        return failures
    }

    /// An empty tile, for scripts that fill in tiles of their own.
    func blank() -> String {
        render(TileView(.init(url: "#", title: "-", summary: "-", typeLabel: "-", kindLabel: nil, date: nil, draft: false,
                              facetKind: "", facetThemes: "", facetGroups: "", facetRegions: "", facetSectors: "",
                              facetPublication: "")))
    }

    /// The HTML of the tile showing `content`.
    func html(for key: ItemKey, _ content: TileView.Content) -> String {
        lock.lock()
        let cached = rendered[key]
        lock.unlock()
        if let cached, cached.content == content { return cached.html }
        let html = render(TileView(content))
        guard keepsTiles else { return html }
        lock.lock()
        rendered[key] = (content, html)
        lock.unlock()
        return html
    }

    private func render(_ view: TileView) -> String {
        do {
            return try templates.render(view, template: Self.template)
        } catch {
            lock.lock()
            failures += error.diagnostics
            lock.unlock()
            return ""
        }
    }
}
