struct FactsheetView {
    /// "De cijfers staan in tabel 1 en tabel 2; figuur 1 ..."
    var tableSentence: String?
    var tables: [TableView]
}
