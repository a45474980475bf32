public struct DataTable: Equatable, Sendable {
    public var caption: String
    public var columns: [String]
    public var rows: [[Cell]]
    public var unit: String?
    public var note: String?
    public var page: String?
    public var chart: ChartType?
}
