import VitrineContent
import VitrineTemplates

/// The templates the site renders and the view type each is rendered with. Every one is
/// compiled against its type when templates load: a name the type does not have, a wrong
/// kind or a missing interface string is an error with its position, whatever the content
/// holds (a site without SWOTs still has its SWOT template checked, and builds).
public enum SiteTemplates {
    /// Page templates, rendered with `PageView`.
    public static var pages: [String] {
        ["html/home", "html/list", "html/term", "html/terms", "html/search", "html/404", "html/reports", "html/redirect", "html/gone", "html/accessibility"]
            + ItemType.allCases.map { "html/\($0.rawValue)" }
    }

    /// Compiles every template of the site for its view type; also checks the interface
    /// strings the site looks up itself.
    public static func check(_ library: TemplateLibrary) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in pages { diagnostics += library.compile(name, for: PageView.self) }
        diagnostics += library.compile(TileRenderer.template, for: TileView.self)
        diagnostics += library.compile(FeedWriter.sitemapTemplate, for: SitemapView.self)
        diagnostics += library.compile(FeedWriter.feedTemplate, for: FeedView.self)
        diagnostics += library.compile(FeedWriter.robotsTemplate, for: RobotsView.self)
        for file in DeploymentFile.allCases { diagnostics += library.compile(file.template, for: DeploymentView.self) }
        diagnostics += library.compile(DataWriter.risTemplate, for: RISView.self)
        diagnostics += library.compile(DataWriter.bibtexTemplate, for: BibTeXView.self)
        diagnostics += InterfaceStringCheck.missing(requiredStrings, in: library)
        return diagnostics
    }

    /// The templates a job's entry template uses (itself, partials, parents), for deciding
    /// what a template change invalidates.
    public static func templatesUsed(by template: String, in library: TemplateLibrary) -> Set<String> {
        switch template {
        case TileRenderer.template: library.templatesUsed(by: template, for: TileView.self)
        case FeedWriter.sitemapTemplate: library.templatesUsed(by: template, for: SitemapView.self)
        case FeedWriter.feedTemplate: library.templatesUsed(by: template, for: FeedView.self)
        case FeedWriter.robotsTemplate: library.templatesUsed(by: template, for: RobotsView.self)
        case _ where template.hasPrefix("deploy/"): library.templatesUsed(by: template, for: DeploymentView.self)
        case DataWriter.risTemplate: library.templatesUsed(by: template, for: RISView.self)
        case DataWriter.bibtexTemplate: library.templatesUsed(by: template, for: BibTeXView.self)
        default: library.templatesUsed(by: template, for: PageView.self)
        }
    }

    /// The strings the site's view builders look up by key.
    static var requiredStrings: [String] {
        var keys = ["asOf", "authors", "cite", "citeAt", "citePublication", "citeDownloads", "commissioner", "date", "evidence", "filter_publication", "filter_type", "keyFigures",
                    "level", "notFound_title", "notStated", "note", "number", "original", "page", "pages", "place",
                    "publisher", "recommendations", "related", "reportNumber", "reports_intro", "reports_title", "gone_title", "accessibility_title", "search_title", "source", "subject",
                    "swot_derived", "swot_external", "swot_fromReport", "swot_harmful", "swot_helpful", "swot_internal", "table"]
        keys += ItemType.allCases.flatMap { ["type_\($0.rawValue)", "types_\($0.rawValue)"] }
        keys += TaxonomyName.allCases.flatMap { ["taxonomy_\($0.rawValue)", "taxonomies_\($0.rawValue)"] }
        keys += AuditCheckKind.allCases.flatMap { ["audit_check_\($0.rawValue)", "audit_unit_\($0.rawValue)"] }
        keys += ConclusionLevel.allCases.map { "level_\($0.rawValue)" }
        keys += SWOT.Quadrant.allCases.map { "swot_\($0.rawValue)" }
        keys += ItemType.allCases.filter { $0 != .page }.map { "intro_\($0.rawValue)" }
        return keys
    }
}
