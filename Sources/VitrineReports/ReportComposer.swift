import Foundation
import VitrineContent
import VitrineMarkdown
import VitrineTemplates

/// A file written next to a report's Markdown (a bar chart as SVG).
public struct ReportAttachment: Sendable, Equatable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// One composed report: its Pandoc Markdown, the files it refers to, and what was worth a warning.
public struct ReportDocument: Sendable {
    public var markdown: String
    public var attachments: [ReportAttachment]
    /// Warnings with the position in the report definition (an include left out, an empty section).
    public var diagnostics: [Diagnostic]
}

/// Composes a report definition and the content graph into one Pandoc Markdown file, through
/// the templates under `Templates/markdown/`. Same graph and templates, same bytes.
public struct ReportComposer: Sendable {
    public let graph: ContentGraph
    public let templates: TemplateSet
    /// The absolute site URL of a reference, for references to things outside the report.
    public let siteURL: @Sendable (ReferenceTarget) -> String

    /// The template a report is rendered with; its partials live beside it.
    public static let template = "markdown/report"

    public init(graph: ContentGraph, templates: TemplateSet, siteURL: @escaping @Sendable (ReferenceTarget) -> String) {
        self.graph = graph
        self.templates = templates
        self.siteURL = siteURL
    }

    /// The report with this id, or an error naming the reports there are.
    public func markdown(forReport id: String) throws(DiagnosticList) -> ReportDocument {
        guard let report = graph.report(id) else {
            let hint = Suggestion.hint(for: id, among: graph.reports.map(\.id))
                ?? (graph.reports.isEmpty ? "the content has no reports" : "reports: \(graph.reports.map(\.id).joined(separator: ", "))")
            throw DiagnosticList([.error("unknown report '\(id)'", at: SourceLocation(file: "reports/\(id).yml"), hint: hint)])
        }
        return try markdown(for: report)
    }

    /// `recorder` learns what of the graph the report shows, for incremental rebuilds.
    public func markdown(for report: ReportDefinition, recorder: DependencyRecorder? = nil) throws(DiagnosticList) -> ReportDocument {
        guard templates.has(Self.template) else {
            throw DiagnosticList([.error("template '\(Self.template)' not found",
                                         at: SourceLocation(file: "\(templates.directory)/\(Self.template).mustache"))])
        }
        recorder?.record(.reports)
        var composition = Composition(report: report, graph: TrackedGraph(graph: graph, recorder: recorder),
                                      templates: templates, siteURL: siteURL)
        let view = composition.view()
        guard let rendered = templates.render(view, template: Self.template) else {
            throw DiagnosticList([.error("template '\(Self.template)' could not be rendered",
                                         at: SourceLocation(file: "\(templates.directory)/\(Self.template).mustache"))])
        }
        return ReportDocument(markdown: Self.tidy(rendered), attachments: composition.attachments,
                              diagnostics: composition.diagnostics)
    }

    /// Templates leave blank lines where optional parts are absent: at most one blank line in a
    /// row, no blank lines at the start, one newline at the end.
    static func tidy(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var newlines = 0
        for character in text {
            if character == "\n" {
                newlines += 1
                continue
            }
            if newlines > 0 && !out.isEmpty { out += newlines >= 2 ? "\n\n" : "\n" }
            newlines = 0
            out.append(character)
        }
        return out + "\n"
    }
}

/// The work of composing one report: selection, anchors, numbering, then views.
struct Composition {
    let report: ReportDefinition
    let graph: TrackedGraph
    let templates: TemplateSet
    let siteURL: @Sendable (ReferenceTarget) -> String
    let strings: InterfaceStrings
    let format: ValueFormatter

    private(set) var attachments: [ReportAttachment] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// The anchor of each item's first appearance.
    private var anchors: [ItemKey: String] = [:]
    private var appearances: [ItemKey: Int] = [:]
    private var publicationsUsed: Set<String> = []
    private var tableCount = 0
    private var figureCount = 0
    private var sectionAnchors: Set<String> = []

    init(report: ReportDefinition, graph: TrackedGraph, templates: TemplateSet, siteURL: @escaping @Sendable (ReferenceTarget) -> String) {
        self.report = report
        self.graph = graph
        self.templates = templates
        self.siteURL = siteURL
        strings = templates.strings
        format = ValueFormatter(strings: templates.strings)
    }

    // MARK: Plan: which items go where

    struct Planned {
        var section: ReportSection
        var level: Int
        var anchor: String
        var items: [Item]
        var children: [Planned]
    }

    private mutating func plan(_ section: ReportSection, level: Int) -> Planned {
        var anchor = "h-" + PandocText.slug(section.title)
        if !sectionAnchors.insert(anchor).inserted {
            var n = 2
            while !sectionAnchors.insert("\(anchor)-\(n)").inserted { n += 1 }
            anchor = "\(anchor)-\(n)"
        }
        let items = select(section)
        for item in items where anchors[item.key] == nil {
            anchors[item.key] = Self.anchor(item.key)
        }
        let children = section.sections.map { plan($0, level: level + 1) }
        if items.isEmpty && children.isEmpty && section.intro == nil {
            diagnostics.append(.warning("section '\(section.title)' selects no items", at: section.location))
        }
        return Planned(section: section, level: level, anchor: anchor, items: items, children: children)
    }

    static func anchor(_ key: ItemKey) -> String { "\(key.type.rawValue)-\(key.id)" }

    private mutating func select(_ section: ReportSection) -> [Item] {
        var selected: [Item] = []
        if !section.include.isEmpty {
            for target in section.include {
                switch target {
                case .item(let key):
                    if let item = graph.item(key) {
                        selected.append(item)
                    } else {
                        diagnostics.append(.warning("'\(key)' is not published (a draft?) and is left out of the report",
                                                    at: section.location))
                    }
                case .term(let key):
                    selected += graph.members(key).compactMap { graph.item($0) }.sorted(by: Self.byTitle)
                case .report(let id):
                    diagnostics.append(.warning("a report cannot include report '\(id)'; left out", at: section.location))
                }
            }
        } else if let query = section.query {
            selected = graph.items(query.type).filter { matches($0, query) }.sorted(by: Self.byTitle)
        }
        var seen: Set<ItemKey> = []
        selected = selected.filter { seen.insert($0.key).inserted }
        // The report shows these in full.
        for item in selected { _ = graph.fullItem(item.key) }
        switch section.sort {
        case .title?: selected.sort(by: Self.byTitle)
        case .number?: selected.sort(by: Self.byNumber)
        case .date?: selected.sort(by: Self.byDate)
        case nil: break
        }
        return selected
    }

    private func matches(_ item: Item, _ query: ReportQuery) -> Bool {
        if let kind = query.kind {
            guard case .card(let itemKind) = item.details, itemKind == kind else { return false }
        }
        if let publication = query.publication {
            let drawnFrom = item.type == .publication ? item.id : item.publication
            guard drawnFrom == publication else { return false }
        }
        for (taxonomy, ids) in query.terms where !ids.isEmpty {
            guard let own = item.terms[taxonomy], own.contains(where: ids.contains) else { return false }
        }
        return true
    }

    static func byTitle(_ a: Item, _ b: Item) -> Bool {
        a.title != b.title ? PandocText.naturalLess(a.title, b.title) : a.key < b.key
    }

    /// Conclusions by their number (5.2 before 5.10); items without a number after, by title.
    static func byNumber(_ a: Item, _ b: Item) -> Bool {
        switch (number(a), number(b)) {
        case (let x?, let y?) where x != y: return PandocText.naturalLess(x, y)
        case (.some, nil): return true
        case (nil, .some): return false
        default: return byTitle(a, b)
        }
    }

    static func number(_ item: Item) -> String? {
        if case .conclusion(let conclusion) = item.details { return conclusion.number }
        return nil
    }

    /// Oldest first; items without a date after, by title.
    static func byDate(_ a: Item, _ b: Item) -> Bool {
        switch (a.date, b.date) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return byTitle(a, b)
        }
    }

    // MARK: Views

    mutating func view() -> ReportView {
        var planned: [Planned] = []
        for section in report.sections { planned.append(plan(section, level: 1)) }
        if let publication = report.publication { publicationsUsed.insert(publication) }
        var chapters: [SectionView] = []
        for (index, chapter) in planned.enumerated() {
            chapters.append(sectionView(chapter, pageBreak: index > 0))
        }
        let language = graph.site.language == "en" ? "en-GB" : "nl-NL"
        let abstractLines = (report.abstract ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: "\n", omittingEmptySubsequences: false).map { PandocText.inline(String($0)) }
        let meta = MetadataView(
            title: PandocText.inline(report.title), subtitle: report.subtitle.map(PandocText.inline),
            authors: report.authors.map(PandocText.inline), hasAuthors: !report.authors.isEmpty,
            date: report.date.map(format.date),
            abstractLines: report.abstract == nil ? [] : abstractLines, hasAbstract: report.abstract != nil,
            language: language)
        return ReportView(meta: meta, chapters: chapters, bibliography: bibliography(), labels: strings.labels)
    }

    private mutating func sectionView(_ planned: Planned, pageBreak: Bool) -> SectionView {
        let intro = planned.section.intro.flatMap { markdownBlocks($0, shift: planned.level) }.map { [$0] } ?? []
        var items: [ItemView] = []
        for item in planned.items { items.append(itemView(item, level: planned.level + 1)) }
        var children: [SectionView] = []
        for child in planned.children { children.append(sectionView(child, pageBreak: false)) }
        return SectionView(
            sectionHashes: String(repeating: "#", count: planned.level), sectionTitle: PandocText.inline(planned.section.title),
            sectionAnchor: planned.anchor, sectionIntro: intro, items: items, subsections: children, pageBreak: pageBreak,
            isEmpty: items.isEmpty && children.isEmpty)
    }

    private mutating func itemView(_ item: Item, level: Int) -> ItemView {
        let count = appearances[item.key, default: 0] + 1
        appearances[item.key] = count
        let firstAnchor = anchors[item.key] ?? Self.anchor(item.key)
        var view = ItemView(
            itemHashes: String(repeating: "#", count: min(6, level)), itemTitle: PandocText.inline(item.title),
            itemAnchor: count == 1 ? firstAnchor : "\(firstAnchor)-\(count)",
            lead: item.summary.map(PandocText.inline), sourceNote: nil, facts: nil, body: nil, linkLists: [],
            factsheet: nil, swot: nil, repeatOf: nil)
        if count > 1 {
            view.repeatOf = LinkView(text: PandocText.inline(item.title), anchor: firstAnchor, url: nil)
            return view
        }
        if let publication = item.publication, item.type != .publication {
            publicationsUsed.insert(publication)
            view.sourceNote = sourceNote(item, publication: publication)
        }
        if item.type == .publication { publicationsUsed.insert(item.id) }
        var facts = termFacts(item)
        switch item.details {
        case .conclusion(let conclusion):
            var own: [(String, String)] = []
            if let number = conclusion.number { own.append((strings["number"], PandocText.inline(number))) }
            if let level = conclusion.level { own.append((strings["level"], PandocText.inline(strings["level_\(level.rawValue)"]))) }
            facts = own + facts
            view.linkLists.append(contentsOf: [
                linkList(strings["evidence"], conclusion.evidence),
                linkList(strings["recommendations"], conclusion.recommendations),
            ].compactMap { $0 })
        case .factsheet(let sheet):
            var own: [(String, String)] = []
            if let subject = sheet.subject { own.append((strings["subject"], PandocText.inline(subject))) }
            if let asOf = sheet.asOf { own.append((strings["asOf"], format.date(asOf))) }
            facts = own + facts
            view.factsheet = factsheetView(sheet, title: item.title)
        case .swot(let swot):
            view.swot = swotView(swot, title: item.title)
        case .publication(let info):
            facts = publicationFacts(item, info) + facts
        case .card, .page:
            break
        }
        if !facts.isEmpty {
            view.facts = facts.enumerated().map { FactLine(factLabel: $1.0, factValue: $1.1, last: $0 == facts.count - 1) }
        }
        view.body = markdownBlocks(item.body, shift: level)
        let listed = Set(view.linkLists.flatMap { $0.links.map(\.text) })
        if let related = linkList(strings["related"], item.related), !related.links.allSatisfy({ listed.contains($0.text) }) {
            view.linkLists.append(related)
        }
        return view
    }

    // MARK: Parts of an item

    private func sourceNote(_ item: Item, publication: String) -> String? {
        guard let source = graph.item(ItemKey(.publication, publication)) else { return nil }
        let context = CitationNoteView(
            sourceLink: LinkView(text: PandocText.inline(source.title),
                                 anchor: anchors[source.key] ?? "bib-\(publication)", url: nil),
            sourceYear: source.date.map { String($0.year) },
            sourceSection: item.source?.section.map(PandocText.inline),
            sourcePage: item.source?.page.map(PandocText.inline),
            sourcePageLabel: (item.source?.page?.contains("-") ?? false) ? strings["pages"] : strings["page"],
            labels: strings.labels)
        return templates.render(context, template: "markdown/source-note")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    private func termFacts(_ item: Item) -> [(String, String)] {
        var facts: [(String, String)] = []
        if case .card(let kind) = item.details, let term = graph.term(TermKey(.kind, kind)) {
            facts.append((strings["taxonomy_kind"], PandocText.inline(term.label)))
        }
        for taxonomy in TaxonomyName.itemFields {
            let labels = (item.terms[taxonomy] ?? []).compactMap { graph.term(TermKey(taxonomy, $0))?.label }
            guard !labels.isEmpty else { continue }
            facts.append((strings["taxonomies_\(taxonomy.rawValue)"], labels.map(PandocText.inline).joined(separator: ", ")))
        }
        return facts
    }

    private func publicationFacts(_ item: Item, _ info: PublicationInfo) -> [(String, String)] {
        var facts: [(String, String)] = []
        if !info.authors.isEmpty { facts.append((strings["authors"], joinedNames(info.authors))) }
        facts.append((strings["publisher"], PandocText.inline(info.publisher ?? strings["notStated"])))
        if let place = info.place { facts.append((strings["place"], PandocText.inline(place))) }
        if let date = item.date { facts.append((strings["date"], format.date(date))) }
        if let commissioner = info.commissioner { facts.append((strings["commissioner"], PandocText.inline(commissioner))) }
        if let number = info.number { facts.append((strings["reportNumber"], PandocText.inline(number))) }
        if let url = info.url { facts.append((strings["original"], "<\(url)>")) }
        return facts
    }

    /// "A, B en C"
    private func joinedNames(_ names: [String]) -> String {
        let escaped = names.map(PandocText.inline)
        guard escaped.count > 1, let last = escaped.last else { return escaped.first ?? "" }
        return escaped.dropLast().joined(separator: ", ") + " \(strings["report_and"]) " + last
    }

    private func linkList(_ label: String, _ targets: [ReferenceTarget]) -> LinkListView? {
        let links = targets.compactMap(link)
        return links.isEmpty ? nil : LinkListView(listLabel: label, links: links)
    }

    /// An internal link when the target is in the report, else its title and site URL.
    private func link(_ target: ReferenceTarget) -> LinkView? {
        switch target {
        case .item(let key):
            guard let item = graph.item(key) else { return nil }
            if let anchor = anchors[key] { return LinkView(text: PandocText.inline(item.title), anchor: anchor, url: nil) }
            return LinkView(text: PandocText.inline(item.title), anchor: nil, url: siteURL(target))
        case .term(let key):
            guard let term = graph.term(key) else { return nil }
            return LinkView(text: PandocText.inline(term.label), anchor: nil, url: siteURL(target))
        case .report(let id):
            guard let other = graph.report(id) else { return nil }
            return LinkView(text: PandocText.inline(other.title), anchor: nil, url: siteURL(target))
        }
    }

    /// An author's Markdown, re-rendered from libcmark's tree: headings moved below `shift`,
    /// references turned into anchors in the report or URLs on the site.
    private func markdownBlocks(_ markdown: String, shift: Int) -> String? {
        guard !markdown.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        let document = MarkdownDocument(markdown)
        document.rewriteLinks { link in
            guard let target = ReferenceTarget(parsing: link.destination) else {
                if link.destination.hasPrefix("/") {
                    return LinkRewrite(destination: graph.site.baseURL + link.destination.dropFirst())
                }
                return nil
            }
            let title = self.title(of: target)
            if case .item(let key) = target, let anchor = anchors[key] {
                return LinkRewrite(destination: "#\(anchor)", text: link.isAutolink ? title : nil)
            }
            return LinkRewrite(destination: siteURL(target), text: link.isAutolink ? title : nil)
        }
        document.shiftHeadings(by: shift)
        let text = document.renderCommonMark().trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    private func title(of target: ReferenceTarget) -> String {
        switch target {
        case .item(let key): graph.item(key)?.title ?? key.id
        case .term(let key): graph.term(key)?.label ?? key.id
        case .report(let id): graph.report(id)?.title ?? id
        }
    }

    // MARK: Factsheets

    private mutating func factsheetView(_ sheet: Factsheet, title: String) -> FactsheetView {
        var tables: [TableView] = []
        var tableLabels: [String] = []
        var chartSentences: [String] = []
        if !sheet.figures.isEmpty {
            tableCount += 1
            let label = "\(strings["report_table"]) \(tableCount)"
            tableLabels.append(label)
            tables.append(figuresTable(sheet.figures, label: label, caption: "\(strings["keyFigures"]): \(title)"))
        }
        for table in sheet.tables {
            tableCount += 1
            let label = "\(strings["report_table"]) \(tableCount)"
            tableLabels.append(label)
            var view = dataTable(table, label: label)
            if table.chart == .bar {
                figureCount += 1
                let figure = "\(strings["report_figure"]) \(figureCount)"
                let svg = BarChart(table: table, formatter: format, title: "\(figure): \(table.caption)").svg()
                if !svg.isEmpty {
                    let name = "\(report.id)-figuur-\(figureCount).svg"
                    attachments.append(ReportAttachment(name: name, data: Data(svg.utf8)))
                    view.chart = ChartView(figureLabel: figure, figureCaption: PandocText.inline(table.caption), file: name)
                    chartSentences.append("\(figure) \(strings["report_shows"]) \(label.lowercased()) \(strings["report_asBarChart"]).")
                }
            }
            tables.append(view)
        }
        var sentence: String?
        if !tableLabels.isEmpty {
            let lowered = tableLabels.map { $0.lowercased() }
            let list = lowered.count == 1 ? lowered[0]
                : lowered.dropLast().joined(separator: ", ") + " \(strings["report_and"]) " + (lowered.last ?? "")
            sentence = ([strings["report_numbersIn"] + " " + list + "."] + chartSentences).joined(separator: " ")
        }
        return FactsheetView(tableSentence: sentence, tables: tables)
    }

    private func figuresTable(_ figures: [Figure], label: String, caption: String) -> TableView {
        let hasContext = figures.contains { $0.period != nil || $0.area != nil }
        let hasNote = figures.contains { $0.note != nil }
        let hasPage = figures.contains { $0.page != nil }
        var header = [strings["report_column_figure"], strings["report_column_value"]]
        if hasContext { header.append(strings["report_column_context"]) }
        if hasNote { header.append(strings["note"]) }
        if hasPage { header.append(strings["report_column_page"]) }
        var rows: [[String]] = []
        for figure in figures {
            var row = [PandocText.inline(figure.label), PandocText.inline(format.value(figure.value, unit: figure.unit))]
            if hasContext {
                row.append(PandocText.inline([figure.period, figure.area].compactMap { $0 }.joined(separator: ", ")))
            }
            if hasNote { row.append(PandocText.inline(figure.note ?? "")) }
            if hasPage { row.append(PandocText.inline(figure.page ?? "")) }
            rows.append(row)
        }
        var right = Array(repeating: false, count: header.count)
        right[1] = true
        return tableView(label: label, caption: PandocText.inline(caption), header: header.map(PandocText.inline),
                         rows: rows, right: right, note: nil)
    }

    private func dataTable(_ table: DataTable, label: String) -> TableView {
        let numeric: (Double) -> String = table.unit == "%" ? { format.number($0, maximumDecimals: 1) } : { format.number($0) }
        let rows = table.rows.map { row in
            row.map { cell -> String in
                switch cell {
                case .text(let text): PandocText.inline(text)
                case .number(let value): PandocText.inline(numeric(value))
                }
            }
        }
        let right = table.columns.indices.map { column in
            column > 0 && table.rows.contains { $0.indices.contains(column) && $0[column].number != nil }
                && table.rows.allSatisfy { !$0.indices.contains(column) || $0[column].number != nil || $0[column] == .text("") }
        }
        var caption = table.caption
        if let unit = table.unit { caption += " (\(unit))" }
        var notes: [String] = []
        if let note = table.note {
            let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
            notes.append("\(strings["note"]): \(trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed)")
        }
        if let page = table.page { notes.append("\(strings["source"]): \(page.contains("-") ? strings["pages"] : strings["page"]) \(page)") }
        return tableView(label: label, caption: PandocText.inline(caption), header: table.columns.map(PandocText.inline),
                         rows: rows, right: right, note: notes.isEmpty ? nil : PandocText.inline(notes.joined(separator: ". ") + "."))
    }

    /// A pipe table's rows. The dashes under the header set the columns' relative widths when
    /// Pandoc has to wrap the table, so they follow the longest text in each column.
    private func tableView(label: String, caption: String, header: [String], rows: [[String]], right: [Bool],
                           note: String?) -> TableView {
        let columns = header.indices.map { column -> ColumnView in
            let longest = ([header[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 3
            return ColumnView(dashes: String(repeating: "-", count: max(6, min(40, longest))),
                              right: column < right.count && right[column])
        }
        return TableView(tableLabel: label, caption: caption, header: header.map { CellView(text: $0) }, columns: columns,
                         rows: rows.map { RowView(cells: $0.map { CellView(text: $0) }) }, tableNote: note, chart: nil)
    }

    // MARK: SWOT

    private mutating func swotView(_ swot: SWOT, title: String) -> SWOTView {
        tableCount += 1
        func cell(_ quadrant: SWOT.Quadrant) -> String {
            let entries = swot.entries(quadrant).map { entry in
                SWOTEntryView(entryText: PandocText.inline(entry.text), entryLink: entry.ref.flatMap(link))
            }
            let view = QuadrantCellView(quadrantLabel: strings["swot_\(quadrant.rawValue)"], entries: entries,
                                        empty: entries.isEmpty, labels: strings.labels)
            return (templates.render(view, template: "markdown/swot-cell") ?? "")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let grid = GridTable(
            widths: [10, 34, 34],
            header: ["", "**\(PandocText.inline(strings["swot_helpful"]))**", "**\(PandocText.inline(strings["swot_harmful"]))**"],
            rows: [
                ["**\(PandocText.inline(strings["swot_internal"]))**", cell(.strengths), cell(.weaknesses)],
                ["**\(PandocText.inline(strings["swot_external"]))**", cell(.opportunities), cell(.threats)],
            ])
        return SWOTView(swotSubject: swot.subject.map(PandocText.inline),
                        derivedNote: PandocText.inline(swot.derived ? strings["swot_derived"] : strings["swot_fromReport"]),
                        swotLabel: "\(strings["report_table"]) \(tableCount)",
                        swotCaption: PandocText.inline("\(strings["report_swot"]): \(swot.subject ?? title)"),
                        grid: grid.markdown.trimmingCharacters(in: .newlines))
    }

    // MARK: Bibliography

    private func bibliography() -> BibliographyView? {
        let entries = publicationsUsed.compactMap { graph.item(ItemKey(.publication, $0)) }
            .compactMap { item -> (String, CitationView)? in
                guard case .publication(let info) = item.details else { return nil }
                var title = item.title
                if let subtitle = info.subtitle { title += ": \(subtitle)" }
                let authors = info.authors.isEmpty ? nil : joinedNames(info.authors)
                let view = CitationView(
                    citationAnchor: "bib-\(item.id)", citationAuthors: authors,
                    year: item.date.map { String($0.year) } ?? strings["report_noDate"],
                    citationTitle: PandocText.inline(title),
                    publisher: PandocText.inline(info.publisher ?? strings["notStated"]),
                    place: info.place.map(PandocText.inline), number: info.number.map(PandocText.inline), url: info.url)
                return ((info.authors.first ?? item.title) + " " + item.id, view)
            }
            .sorted { PandocText.naturalLess($0.0, $1.0) }
            .map(\.1)
        guard !entries.isEmpty else { return nil }
        return BibliographyView(bibliographyTitle: PandocText.inline(strings["report_bibliography"]), entries: entries)
    }
}

struct CitationNoteView {
    var sourceLink: LinkView
    var sourceYear: String?
    var sourceSection: String?
    var sourcePage: String?
    var sourcePageLabel: String
    var labels: [String: String]
}

struct QuadrantCellView {
    var quadrantLabel: String
    var entries: [SWOTEntryView]
    var empty: Bool
    var labels: [String: String]
}

struct SWOTEntryView {
    var entryText: String
    var entryLink: LinkView?
}
