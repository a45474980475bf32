import VitrineTemplates

struct PageNumberView {
    var number: Int
    var count: Int
}

extension PageNumberView: TemplateRecord {
    static let templateFields = TemplateFields<PageNumberView> {
        $0.number("number") { $0.number }
        $0.number("count") { $0.count }
    }
}
