import VitrineContent
import VitrineTemplates

/// The home page.
extension ViewModelBuilder {
    func homePage() -> PageView {
        let intro = graph.fullItem(ItemKey(.page, "index"))
        let knowledge = [ItemType.card, .conclusion, .factsheet, .swot].flatMap { graph.items($0) }
        let latest = knowledge.sorted { a, b in
            let da = a.date ?? ContentDate(year: 1, month: 1, day: 1)!, db = b.date ?? ContentDate(year: 1, month: 1, day: 1)!
            return da != db ? da > db : a.key < b.key
        }.prefix(6).map(tile)
        let keyFigures = graph.items(.factsheet).compactMap { item -> FigureView? in
            graph.recorder?.record(.page(item.key))
            guard case .factsheet(let sheet) = item.details, let first = sheet.figures.first else { return nil }
            return figure(first)
        }.prefix(4)
        let sections = [ItemType.card, .conclusion, .factsheet, .swot, .publication].map { type in
            TermEntryView(label: typePlural(type), url: URLScheme.index(type), description: strings["intro_\(type.rawValue)"],
                          count: graph.items(type).count)
        }
        var page = page(title: graph.site.title, description: graph.site.description, path: "/")
        var introHTML = ""
        if let intro {
            switch body.rendered(intro.body) {
            case .success(let made): introHTML = made.html
            case .failure(let problem): page.problems.append(problem)
            }
        }
        page.home = HomeView(intro: introHTML, latest: Array(latest),
                             keyFigures: Array(keyFigures), sections: sections, themes: termEntries(.theme),
                             publications: graph.items(.publication).map(tile))
        return page
    }
}
