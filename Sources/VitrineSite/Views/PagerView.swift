import VitrineTemplates

/// Links to the other pages of a list: previous, next, and a window of page numbers.
struct PagerView {
    var current: Int
    var count: Int
    var previous: String?
    var next: String?
    var pages: [PagerLink]
}
