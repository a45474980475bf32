public enum ChartType: String, CaseIterable, Sendable {
    case bar
}
