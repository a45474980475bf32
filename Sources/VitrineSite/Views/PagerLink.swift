import VitrineTemplates

struct PagerLink {
    var number: String
    var url: String
    var current: Bool
    /// Stands for the pages left out between two numbers.
    var gap: Bool
}

extension PagerLink: TemplateRecord {
    static let templateFields = TemplateFields<PagerLink> {
        $0.text("number") { $0.number }
        $0.text("url") { $0.url }
        $0.bool("current") { $0.current }
        $0.bool("gap") { $0.gap }
    }
}
