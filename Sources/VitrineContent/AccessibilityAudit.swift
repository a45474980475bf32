/// The last accessibility audit of the site (`make audit` writes `accessibility-audit.json` into
/// the content folder): the site renders its accessibility statement from it, so the statement
/// says what was really checked, never what someone wrote by hand.
public struct AccessibilityAudit: Equatable, Sendable, Hashable {
    public static let fileName = "accessibility-audit.json"

    /// The day the checks ran.
    public var date: ContentDate
    public var checks: [AuditCheck]
    /// The URL paths of the pages the browser checks looked at, one of every kind.
    public var pages: [String]

    public var passed: Bool { checks.allSatisfy(\.passed) }

    /// Reads the file (JSON, which the YAML reader reads too, with positions).
    static func load(_ source: SourceText, diagnostics: inout [Diagnostic]) -> AccessibilityAudit? {
        let yaml = YAMLSource(path: source.path, firstLine: 1, text: source.text)
        let what = DiagnosticText.phrase("what.file", ["file": .value(fileName)])
        guard var fields = yaml.fields(of: source.text, what: what, diagnostics: &diagnostics) else { return nil }
        let date = fields.date("date", required: true)
        var checks: [AuditCheck] = []
        for node in fields.list("checks") ?? [] {
            let checkWhat = DiagnosticText.phrase("what.field", ["field": .value("checks")])
            guard var check = FieldReader(node, source: yaml, what: checkWhat, at: yaml.location(of: node),
                                          diagnostics: &fields.diagnostics) else { continue }
            let name = check.text("check", required: true)
            let kind = name.flatMap(AuditCheckKind.init(rawValue:))
            if let name, kind == nil {
                check.diagnostics.append(.error(.unknownAuditCheck, ["check": .value(name)], at: check.location(of: "check"),
                                                hint: .phrase("use-one-of", ["choices": .value(AuditCheckKind.allCases.map(\.rawValue).joined(separator: ", "))])))
            }
            let tool = check.text("tool", required: true)
            let version = check.text("version", required: true)
            let checked = check.integer("checked")
            let problems = check.integer("problems")
            for (key, value) in [("checked", checked), ("problems", problems)] where value == nil && !check.has(key) { check.missing(key) }
            let findings = check.texts("findings")?.map(\.text) ?? []
            check.reportUnknownFields(checkWhat)
            fields.diagnostics += check.diagnostics
            if let kind, let tool, let version, let checked, let problems {
                checks.append(AuditCheck(kind: kind, tool: tool, version: version, checked: checked, problems: problems, findings: findings))
            }
        }
        let pages = fields.texts("pages")?.map(\.text) ?? []
        fields.reportUnknownFields(what)
        diagnostics += fields.diagnostics
        guard let date, !fields.diagnostics.hasErrors else { return nil }
        return AccessibilityAudit(date: date, checks: checks, pages: pages)
    }
}
