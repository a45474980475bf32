import VitrineTemplates

struct PagefindFilter {
    var name: String
    var value: String
}

extension PagefindFilter: TemplateRecord {
    static let templateFields = TemplateFields<PagefindFilter> {
        $0.text("name") { $0.name }
        $0.text("value") { $0.value }
    }
}
