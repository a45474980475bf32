import VitrineTemplates

struct QuadrantView {
    var label: String
    var entries: [SWOTEntryView]
    var empty: Bool
}
