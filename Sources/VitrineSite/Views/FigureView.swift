import VitrineTemplates

struct FigureView {
    var label: String
    var value: String
    var context: String?
    var note: String?
    var page: String?
}
