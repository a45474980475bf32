import Foundation
import VitrineContent
import VitrineReports
import VitrineSite
import VitrineTemplates

/// `vitrine check`: the pipeline's Load, Templates and Check stages, without rendering.
public enum ContentCheck {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var itemCount: Int?
    }

    /// Checks the content, and the templates with it when `templates` is given.
    public static func run(content: String, templates: String?) -> Result {
        let loaded = ContentLoader(directory: content).load()
        var diagnostics = loaded.diagnostics
        if let graph = loaded.graph {
            diagnostics += SiteChecks.check(graph: graph)
            if let templates {
                do {
                    _ = try BuildSession.compileTemplates(templates, language: graph.site.language, diagnostics: &diagnostics)
                } catch {
                    diagnostics += error.diagnostics
                }
            }
        }
        return Result(diagnostics: diagnostics, itemCount: loaded.graph?.itemCount)
    }
}
