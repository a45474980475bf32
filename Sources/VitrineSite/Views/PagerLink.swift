import VitrineTemplates

struct PagerLink {
    var number: String
    var url: String
    var current: Bool
    /// Stands for the pages left out between two numbers.
    var gap: Bool
}
