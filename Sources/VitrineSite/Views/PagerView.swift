import VitrineTemplates

/// Links to the other pages of a list: previous, next, and a window of page numbers.
struct PagerView {
    var current: Int
    var count: Int
    var previous: String?
    var next: String?
    var pages: [PagerLink]
}

extension PagerView: TemplateRecord {
    static let templateFields = TemplateFields<PagerView> {
        $0.number("current") { $0.current }
        $0.number("count") { $0.count }
        $0.text("previous") { $0.previous }
        $0.text("next") { $0.next }
        $0.list("pages") { $0.pages }
    }
}
