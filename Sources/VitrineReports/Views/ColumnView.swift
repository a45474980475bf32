struct ColumnView {
    var dashes: String
    var right: Bool
}
