import VitrineTemplates

struct CellView {
    var text: String
    var numeric: Bool
}
