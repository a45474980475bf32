import VitrineTemplates

struct PagefindFilter {
    var name: String
    var value: String
}
