struct FactLine {
    var factLabel: String
    var factValue: String
    var last: Bool
}
