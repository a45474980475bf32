import VitrineTemplates

struct ChartView {
    var figureLabel: String
    var figureCaption: String
    var file: String
    /// The text alternative, as on the site (title and description), for a quoted attribute.
    var alt: String
}

extension ChartView: TemplateRecord {
    static let templateFields = TemplateFields<ChartView> {
        $0.text("figureLabel") { $0.figureLabel }
        $0.text("figureCaption") { $0.figureCaption }
        $0.text("file") { $0.file }
        $0.text("alt") { $0.alt }
    }
}
