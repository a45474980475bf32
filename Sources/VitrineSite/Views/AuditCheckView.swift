import VitrineTemplates

/// One row of the statement's evidence: the check in words, the tool and its version, what it
/// looked at and what it found.
struct AuditCheckView {
    var label: String
    var tool: String
    var version: String
    var checked: String
    /// What was counted: HTML files, pages, page views, links, PDFs.
    var unit: String
    var problems: String
    var passed: Bool
    var findings: [AuditFindingView]
    var hasFindings: Bool { !findings.isEmpty }
}

extension AuditCheckView: TemplateRecord {
    static let templateFields = TemplateFields<AuditCheckView> {
        $0.text("label") { $0.label }
        $0.text("tool") { $0.tool }
        $0.text("version") { $0.version }
        $0.text("checked") { $0.checked }
        $0.text("unit") { $0.unit }
        $0.text("problems") { $0.problems }
        $0.bool("passed") { $0.passed }
        $0.list("findings") { $0.findings }
        $0.bool("hasFindings") { $0.hasFindings }
    }
}
