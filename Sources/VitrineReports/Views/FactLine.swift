import VitrineTemplates

struct FactLine {
    var factLabel: String
    var factValue: String
    var last: Bool
}

extension FactLine: TemplateRecord {
    static let templateFields = TemplateFields<FactLine> {
        $0.text("factLabel") { $0.factLabel }
        $0.text("factValue") { $0.factValue }
        $0.bool("last") { $0.last }
    }
}
