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
        if let graph = loaded.graph, let templates {
            switch TemplateSet.load(directory: templates, language: graph.site.language) {
            case .failure(let problems): diagnostics += problems.diagnostics
            case .success(let set):
                diagnostics += SiteChecks.check(graph: graph, templates: set, otherViews: ReportComposer.lintSamples())
            }
        }
        return Result(diagnostics: diagnostics, itemCount: loaded.graph?.itemCount)
    }
}
