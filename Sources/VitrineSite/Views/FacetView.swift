import VitrineTemplates

struct FacetView {
    var name: String
    var label: String
    var options: [FacetOption]
}
