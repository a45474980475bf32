import VitrineTemplates

struct PageNumberView {
    var number: Int
    var count: Int
}
