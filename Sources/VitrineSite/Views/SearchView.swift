import VitrineTemplates

struct SearchView {
    var available: Bool
}

extension SearchView: TemplateRecord {
    static let templateFields = TemplateFields<SearchView> {
        $0.bool("available") { $0.available }
    }
}
