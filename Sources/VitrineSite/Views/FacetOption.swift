import VitrineTemplates

struct FacetOption {
    var value: String
    var label: String
}

extension FacetOption: TemplateRecord {
    static let templateFields = TemplateFields<FacetOption> {
        $0.text("value") { $0.value }
        $0.text("label") { $0.label }
    }
}
