import VitrineTemplates

struct SWOTView {
    var swotSubject: String?
    var derivedNote: String
    var swotLabel: String
    var swotCaption: String
    /// The grid table, laid out by `GridTable`.
    var grid: String
}

extension SWOTView: TemplateRecord {
    static let templateFields = TemplateFields<SWOTView> {
        $0.text("swotSubject") { $0.swotSubject }
        $0.text("derivedNote") { $0.derivedNote }
        $0.text("swotLabel") { $0.swotLabel }
        $0.text("swotCaption") { $0.swotCaption }
        $0.text("grid") { $0.grid }
    }
}
