import Yams

public enum ReportSort: String, CaseIterable, Sendable {
    case number, title, date
}
