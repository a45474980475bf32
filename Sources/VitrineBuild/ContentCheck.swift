import Foundation
import VitrineContent
import VitrineReports
import VitrineSite
import VitrineTemplates
import VitrineTheme

/// `vitrine check`: the pipeline's Load, Templates and Check stages, without rendering.
public enum ContentCheck {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var itemCount: Int?
        /// The site's own theme files (those that override a built-in one and those it adds),
        /// when the templates were checked.
        public var siteThemeFiles: [ThemeFile] = []
    }

    /// Checks the content, and with it the theme `templates` resolves to (see `ThemeSource.resolve`).
    public static func run(content: String, templates: String?) -> Result {
        let loaded = ContentLoader(directory: content).load()
        var diagnostics = loaded.diagnostics
        var siteFiles: [ThemeFile] = []
        if let graph = loaded.graph {
            diagnostics += SiteChecks.check(graph: graph)
            do {
                let (theme, _) = try BuildSession.compileTemplates(ThemeSource.resolve(templates: templates, content: content),
                                                                   language: graph.site.language, diagnostics: &diagnostics)
                siteFiles = theme.siteFiles
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return Result(diagnostics: diagnostics, itemCount: loaded.graph?.itemCount, siteThemeFiles: siteFiles)
    }
}
