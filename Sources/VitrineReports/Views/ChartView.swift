struct ChartView {
    var figureLabel: String
    var figureCaption: String
    var file: String
}
