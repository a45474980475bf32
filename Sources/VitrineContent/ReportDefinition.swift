import Yams

/// A printable report definition, `reports/<id>.yml`.
public struct ReportDefinition: Equatable, Sendable {
    public var id: String
    public var file: String
    public var title: String
    public var subtitle: String?
    public var authors: [String]
    public var date: ContentDate?
    public var abstract: String?
    public var publication: String?
    public var sections: [ReportSection]
}
