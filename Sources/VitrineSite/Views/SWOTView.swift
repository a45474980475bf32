import VitrineTemplates

struct SWOTView {
    var subject: String?
    var derived: Bool
    var strengths: QuadrantView
    var weaknesses: QuadrantView
    var opportunities: QuadrantView
    var threats: QuadrantView
}

extension SWOTView: TemplateRecord {
    static let templateFields = TemplateFields<SWOTView> {
        $0.text("subject") { $0.subject }
        $0.bool("derived") { $0.derived }
        $0.object("strengths") { $0.strengths }
        $0.object("weaknesses") { $0.weaknesses }
        $0.object("opportunities") { $0.opportunities }
        $0.object("threats") { $0.threats }
    }
}
