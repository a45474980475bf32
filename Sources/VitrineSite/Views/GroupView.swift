import VitrineTemplates

struct GroupView {
    var label: String
    var count: Int
    var tiles: [TileView]
}

extension GroupView: TemplateRecord {
    static let templateFields = TemplateFields<GroupView> {
        $0.text("label") { $0.label }
        $0.number("count") { $0.count }
        $0.list("tiles") { $0.tiles }
    }
}
