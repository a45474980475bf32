import VitrineContent
import VitrineSite

extension BuildSession {
    /// Check: what needs the content and the site's conventions together (page ids the site
    /// takes for its own sections). The templates were checked against their types when they
    /// loaded.
    func check(_ graph: ContentGraph, diagnostics: inout [Diagnostic]) throws(DiagnosticList) {
        let problems = SiteChecks.check(graph: graph)
        diagnostics += problems
        if problems.hasErrors { throw DiagnosticList([]) }
    }
}
