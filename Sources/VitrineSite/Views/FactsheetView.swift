import VitrineTemplates

struct FactsheetView {
    var subject: String?
    var asOf: String?
    var figures: [FigureView]
    var tables: [TableView]
    var csvURL: String
}
