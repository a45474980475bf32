import VitrineTemplates

struct FacetOption {
    var value: String
    var label: String
}
