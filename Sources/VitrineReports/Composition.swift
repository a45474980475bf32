import Foundation
import VitrineContent
import VitrineMarkdown
import VitrineTemplates

/// The work of composing one report: selection, anchors, numbering, then views.
struct Composition {
    let report: ReportDefinition
    let graph: TrackedGraph
    let templates: TemplateLibrary
    let siteURL: @Sendable (ReferenceTarget) -> String
    let strings: InterfaceStrings
    let format: ValueFormatter
    /// Parts (source notes, SWOT cells) whose template failed; the report fails with them.
    let renderProblems = RenderProblems()

    var attachments: [ReportAttachment] = []
    var diagnostics: [Diagnostic] = []
    /// The anchor of each item's first appearance.
    var anchors: [ItemKey: String] = [:]
    var appearances: [ItemKey: Int] = [:]
    var publicationsUsed: Set<String> = []
    var tableCount = 0
    var figureCount = 0
    var sectionAnchors = SectionAnchors()

    init(report: ReportDefinition, graph: TrackedGraph, templates: TemplateLibrary, siteURL: @escaping @Sendable (ReferenceTarget) -> String) {
        self.report = report
        self.graph = graph
        self.templates = templates
        self.siteURL = siteURL
        strings = templates.interfaceStrings
        format = ValueFormatter(strings: strings)
    }
}
