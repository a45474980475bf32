import Yams

public struct ReportSection: Equatable, Sendable {
    public var title: String
    public var intro: String?
    public var include: [ReferenceTarget]
    public var query: ReportQuery?
    public var sort: ReportSort?
    public var sections: [ReportSection]
    public var location: SourceLocation
}
