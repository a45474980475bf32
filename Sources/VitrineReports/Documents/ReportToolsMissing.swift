/// A tool a conversion needs is not installed.
public struct ReportToolsMissing: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
