import VitrineTemplates

struct SWOTView {
    var subject: String?
    var derived: Bool
    var strengths: QuadrantView
    var weaknesses: QuadrantView
    var opportunities: QuadrantView
    var threats: QuadrantView
}
