import Foundation

/// A file written next to a report's Markdown (a bar chart as SVG).
public struct ReportAttachment: Sendable, Equatable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
