import VitrineContent
import VitrineTemplates

/// The page of one item, with what its type shows.
extension ViewModelBuilder {
    func itemPage(_ item: Item) -> PageView {
        graph.recorder?.record(.page(item.key))
        let path = URLScheme.path(item.key)
        let related = item.related.compactMap { target -> ItemKey? in
            if case .item(let key) = target { key } else { nil }
        }
        var problems: [Diagnostic] = []
        let rendered: (html: String, text: String)
        switch body.rendered(item.body) {
        case .success(let made): rendered = made
        case .failure(let problem): rendered = ("", ""); problems.append(problem)
        }
        let cites = graph.outgoing(item.key).filter { $0.type != .publication && !related.contains($0) }
        var view = ItemView(
            key: item.key.description, type: item.type.rawValue, typeLabel: typeLabel(item.type),
            kindLabel: kind(of: item)?.label, title: item.title, summary: item.summary,
            body: rendered.html, bodyText: rendered.text, date: item.date.map(format.date), dateISO: item.date?.description,
            draft: item.draft, chips: chips(item), source: sourceLine(item),
            cites: tiles(cites), citedBy: tiles(graph.backlinks(item.key).filter { $0.type != .page }),
            related: tiles(related), pagefindFilters: pagefindFilters(item))
        if item.type != .page && item.type != .publication {
            view.cite = CiteView(platform: graph.site.title, title: item.title, date: item.date.map(format.date),
                                 url: URLScheme.absolute(path, baseURL: graph.site.baseURL))
        }
        var jsonLD: String?
        switch item.details {
        case .card, .page: break
        case .conclusion(let conclusion):
            view.conclusion = ConclusionView(
                number: conclusion.number, level: conclusion.level.map { strings["level_\($0.rawValue)"] },
                evidence: tiles(conclusion.evidence), recommendations: tiles(conclusion.recommendations))
        case .factsheet(let sheet):
            view.factsheet = factsheet(sheet, item: item)
        case .swot(let swot):
            view.swot = swotView(swot)
        case .publication(let info):
            view.publication = publication(item, info)
            jsonLD = JSONLD.publication(item, info, url: URLScheme.absolute(path, baseURL: graph.site.baseURL))
        }
        var page = page(title: item.title, description: item.summary ?? graph.site.description, path: path,
                        ogType: "article", jsonLD: jsonLD, draft: item.draft)
        page.item = view
        page.problems = problems
        return page
    }

    /// The factsheet's downloads have their sizes: their bytes come from the serialisers that
    /// write the files, so the page and the files agree.
    func factsheet(_ sheet: Factsheet, item: Item) -> FactsheetView {
        let id = item.id
        let figures = sheet.figures.map(figure)
        var tables: [TableView] = []
        for (index, table) in sheet.tables.enumerated() {
            let numeric = table.unit == "%" ? { (v: Double) in format.number(v, maximumDecimals: 1) } : { format.number($0) }
            let rows = table.rows.map { row in
                TableRowView(head: cellText(row.first ?? .text(""), numeric),
                             cells: row.dropFirst().map { CellView(text: cellText($0, numeric), numeric: $0.number != nil) })
            }
            var chart: String?
            if table.chart == .bar {
                chart = BarChart(table: table, formatter: format, title: "\(strings["table"]) \(index + 1): \(table.caption)").svg()
            }
            tables.append(TableView(number: index + 1, id: "tabel-\(index + 1)", caption: table.caption, unit: table.unit,
                                    note: table.note, page: table.page, header: table.columns, rows: rows, chart: chart,
                                    csv: download(URLScheme.factsheetTable(id, number: index + 1), CSVWriter.table(table))))
        }
        return FactsheetView(subject: sheet.subject, asOf: sheet.asOf.map(format.date), figures: figures,
                             tables: tables,
                             figuresCSV: sheet.figures.isEmpty ? nil : download(URLScheme.factsheetFigures(id), CSVWriter.figures(sheet.figures)),
                             json: download(URLScheme.factsheetJSON(id), FactsheetJSON(graph: graph).json(item, sheet)))
    }

    func download(_ url: String, _ bytes: [UInt8]) -> DownloadView {
        DownloadView(url: url, kilobytes: format.number(max(0.1, Double(bytes.count) / 1000), maximumDecimals: 1))
    }

    func figure(_ figure: Figure) -> FigureView {
        let context = [figure.area, figure.period].compactMap { $0 }.joined(separator: ", ")
        return FigureView(label: figure.label, value: format.value(figure.value, unit: figure.unit),
                          context: context.isEmpty ? nil : context, note: figure.note, page: figure.page)
    }

    private func cellText(_ cell: Cell, _ numeric: (Double) -> String) -> String {
        switch cell {
        case .text(let text): text
        case .number(let value): numeric(value)
        }
    }

    func swotView(_ swot: SWOT) -> SWOTView {
        func quadrant(_ q: SWOT.Quadrant) -> QuadrantView {
            let entries = swot.entries(q).map { entry -> SWOTEntryView in
                SWOTEntryView(text: entry.text, url: entry.ref.map(URLScheme.path), refTitle: entry.ref.map(body.title))
            }
            return QuadrantView(label: strings["swot_\(q.rawValue)"], entries: entries, empty: entries.isEmpty)
        }
        return SWOTView(subject: swot.subject, derived: swot.derived, strengths: quadrant(.strengths),
                        weaknesses: quadrant(.weaknesses), opportunities: quadrant(.opportunities), threats: quadrant(.threats))
    }

    func publication(_ item: Item, _ info: PublicationInfo) -> PublicationView {
        graph.recorder?.record(.drawnFrom(item.key))
        _ = graph.terms(.kind)  // the order within a type follows the kinds' labels
        let drawn = index.drawn(from: item.id)
        let base = URLScheme.path(item.key)
        let report = graph.reports.first { $0.publication == item.id }
        return PublicationView(
            subtitle: info.subtitle, authors: info.authors.isEmpty ? nil : info.authors.joined(separator: ", "),
            publisher: info.publisher, place: info.place, commissioner: info.commissioner, number: info.number,
            url: info.url, rights: info.rights, reportURL: report.map { URLScheme.report($0.id) },
            reportPDF: report.flatMap { documents[$0.id] }.map(documentLink),
            risURL: DataFile.ris(item.key).path, bibtexURL: DataFile.bibtex(item.key).path, cslURL: DataFile.csl(item.key).path,
            drawnFrom: groups(.drawn(item.id), drawn, page: 1), pager: pager(base, current: 1, count: Pagination.pageCount(drawn.count)))
    }
}
