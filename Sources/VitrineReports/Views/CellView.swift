struct CellView {
    var text: String
}
