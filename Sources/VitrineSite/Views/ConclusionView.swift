import VitrineTemplates

struct ConclusionView {
    var number: String?
    var level: String?
    var evidence: [TileView]
    var recommendations: [TileView]
}
