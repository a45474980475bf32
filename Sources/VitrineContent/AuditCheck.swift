/// One check of an accessibility audit as the audit recorded it: the tool, what it looked at,
/// and what it found, in the tool's own words.
public struct AuditCheck: Equatable, Sendable, Hashable {
    public var kind: AuditCheckKind
    public var tool: String
    public var version: String
    /// How many pages (or documents, for PDF/UA) it checked.
    public var checked: Int
    /// How many problems it reported.
    public var problems: Int
    /// The problems, as the tool put them (a few at most).
    public var findings: [String]

    public var passed: Bool { problems == 0 }
}
