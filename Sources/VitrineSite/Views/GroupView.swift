import VitrineTemplates

struct GroupView {
    var label: String
    var count: Int
    var tiles: [TileView]
}
