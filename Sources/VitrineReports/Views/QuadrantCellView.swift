struct QuadrantCellView {
    var quadrantLabel: String
    var entries: [SWOTEntryView]
    var empty: Bool
    var labels: [String: String]
}
