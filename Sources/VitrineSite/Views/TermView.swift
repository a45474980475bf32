import VitrineTemplates

struct TermView {
    var taxonomyLabel: String
    var label: String
    var description: String?
    var count: Int
    var groups: [GroupView]
    var pager: PagerView?
}
