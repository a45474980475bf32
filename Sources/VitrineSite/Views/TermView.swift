import VitrineTemplates

struct TermView {
    var taxonomyLabel: String
    var label: String
    var description: String?
    var count: Int
    var groups: [GroupView]
    var pager: PagerView?
}

extension TermView: TemplateRecord {
    static let templateFields = TemplateFields<TermView> {
        $0.text("taxonomyLabel") { $0.taxonomyLabel }
        $0.text("label") { $0.label }
        $0.text("description") { $0.description }
        $0.number("count") { $0.count }
        $0.list("groups") { $0.groups }
        $0.object("pager") { $0.pager }
    }
}
