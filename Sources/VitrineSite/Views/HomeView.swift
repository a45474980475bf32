import VitrineTemplates

struct HomeView {
    var intro: String
    var latest: [TileView]
    var keyFigures: [FigureView]
    var sections: [TermEntryView]
    var themes: [TermEntryView]
    var publications: [TileView]
}

extension HomeView: TemplateRecord {
    static let templateFields = TemplateFields<HomeView> {
        $0.html("intro") { $0.intro }
        $0.list("latest") { $0.latest }
        $0.list("keyFigures") { $0.keyFigures }
        $0.list("sections") { $0.sections }
        $0.list("themes") { $0.themes }
        $0.list("publications") { $0.publications }
    }
}
