import VitrineTemplates

struct FacetView {
    var name: String
    var label: String
    var options: [FacetOption]
}

extension FacetView: TemplateRecord {
    static let templateFields = TemplateFields<FacetView> {
        $0.text("name") { $0.name }
        $0.text("label") { $0.label }
        $0.list("options") { $0.options }
    }
}
