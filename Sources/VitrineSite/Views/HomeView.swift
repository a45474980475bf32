import VitrineTemplates

struct HomeView {
    var intro: String
    var latest: [TileView]
    var keyFigures: [FigureView]
    var sections: [TermEntryView]
    var themes: [TermEntryView]
    var publications: [TileView]
}
