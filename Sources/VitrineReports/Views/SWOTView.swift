struct SWOTView {
    var swotSubject: String?
    var derivedNote: String
    var swotLabel: String
    var swotCaption: String
    /// The grid table, laid out by `GridTable`.
    var grid: String
}
