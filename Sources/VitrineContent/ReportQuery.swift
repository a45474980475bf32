import Yams

/// Selects items for a section: every item of `type` that matches all the given filters.
public struct ReportQuery: Equatable, Sendable {
    public var type: ItemType
    public var kind: String?
    public var publication: String?
    public var terms: [TaxonomyName: [String]]
}
