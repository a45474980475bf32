import VitrineTemplates

struct ConclusionView {
    var number: String?
    var level: String?
    var evidence: [TileView]
    var recommendations: [TileView]
}

extension ConclusionView: TemplateRecord {
    static let templateFields = TemplateFields<ConclusionView> {
        $0.text("number") { $0.number }
        $0.text("level") { $0.level }
        $0.list("evidence") { $0.evidence }
        $0.list("recommendations") { $0.recommendations }
    }
}
