import VitrineTemplates

struct SearchView {
    var available: Bool
}
