import VitrineTemplates

struct LinkView {
    var label: String
    var url: String
    var current: Bool = false
}
