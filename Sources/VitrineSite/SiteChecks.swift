import VitrineContent
import VitrineTemplates

/// Checks that need both the content and the site's conventions.
public enum SiteChecks {
    /// Page ids the site uses itself, and the template lint.
    /// `otherViews`: views other modules render with the same templates (the reports').
    public static func check(graph: ContentGraph, templates: TemplateSet, lintTemplates: Bool = true,
                             otherViews: [Any] = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for page in graph.items(.page) where URLScheme.reservedPageIDs.contains(page.id) {
            diagnostics.append(.error("page id '\(page.id)' is taken by the site's own '/\(page.id)/' section",
                                      at: SourceLocation(file: page.file), hint: "rename the page"))
        }
        guard lintTemplates else { return diagnostics }
        let views = ViewModelBuilder(graph: graph, strings: templates.strings, assets: .none)
        var samples: [Any] = []
        var seen: Set<String> = []
        for job in SitePlanner.pages(for: graph) {
            guard case .page(let path, let template, let source) = job.kind,
                  seen.insert(template).inserted || template == "html/factsheet",
                  var view = SiteRenderer.view(for: source, path: path, views) else { continue }
            view.search = SearchView(available: true)
            samples.append(view)
        }
        let feeds = FeedWriter(views: views)
        samples += [feeds.sitemap(), feeds.feed(), feeds.robots()] + ViewSchema.samples
        samples += otherViews
        diagnostics += TemplateLint(templates: templates, samples: samples).check()
        return diagnostics
    }

}
