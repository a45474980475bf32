import VitrineContent
import VitrineReports
import VitrineSite

extension BuildSession {
    /// Check: what needs the content and the templates together (page ids the site takes,
    /// fields the templates use). The templates are linted when they changed.
    func check(_ graph: ContentGraph, _ templates: LoadedTemplates, diagnostics: inout [Diagnostic]) throws(DiagnosticList) {
        let lint = state == nil || !templates.changed.isEmpty || templates.everythingChanged
        let problems = SiteChecks.check(graph: graph, templates: templates.set, lintTemplates: lint,
                                        otherViews: ReportComposer.lintSamples())
        diagnostics += problems
        if problems.hasErrors { throw DiagnosticList([]) }
    }
}
