import VitrineTemplates

struct ChipView {
    var taxonomy: String
    var label: String
    var url: String
}
