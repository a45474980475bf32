extension ReportComposer {
    /// One value of every view model the Markdown templates see, with every field set, so the
    /// site's template lint knows the names `Templates/markdown/` may use.
    public static func lintSamples() -> [Any] {
        let labels = Dictionary(uniqueKeysWithValues: [
            "source", "section", "subject", "swot_empty", "report_repeated", "report_emptySection",
        ].map { ($0, $0) })
        let link = LinkView(text: "t", anchor: "a", url: "u")
        let table = TableView(tableLabel: "t", caption: "c", header: [CellView(text: "h")],
                              columns: [ColumnView(dashes: "---", right: true)], rows: [RowView(cells: [CellView(text: "c")])],
                              tableNote: "n", chart: ChartView(figureLabel: "f", figureCaption: "c", file: "f.svg"))
        let item = ItemView(
            itemHashes: "##", itemTitle: "t", itemAnchor: "a", lead: "l", sourceNote: "s",
            facts: [FactLine(factLabel: "l", factValue: "v", last: true)], body: "b",
            linkLists: [LinkListView(listLabel: "l", links: [link])],
            factsheet: FactsheetView(tableSentence: "s", tables: [table]),
            swot: SWOTView(swotSubject: "s", derivedNote: "d", swotLabel: "l", swotCaption: "c", grid: "g"),
            repeatOf: link)
        let child = SectionView(sectionHashes: "##", sectionTitle: "t", sectionAnchor: "a", sectionIntro: ["i"],
                                items: [item], subsections: [], pageBreak: false, isEmpty: false)
        let report = ReportView(
            meta: MetadataView(title: "t", subtitle: "s", authors: ["a"], hasAuthors: true, date: "d",
                               abstractLines: ["a"], hasAbstract: true, language: "nl-NL"),
            chapters: [SectionView(sectionHashes: "#", sectionTitle: "t", sectionAnchor: "a", sectionIntro: ["i"],
                                   items: [item], subsections: [child], pageBreak: true, isEmpty: false)],
            bibliography: BibliographyView(bibliographyTitle: "t", entries: [
                CitationView(citationAnchor: "a", citationAuthors: "a", year: "2020", citationTitle: "t", publisher: "p",
                             place: "p", number: "n", url: "u"),
            ]),
            labels: labels)
        return [
            report,
            CitationNoteView(sourceLink: link, sourceYear: "2020", sourceSection: "s", sourcePage: "p",
                             sourcePageLabel: "p", labels: labels),
            QuadrantCellView(quadrantLabel: "q", entries: [SWOTEntryView(entryText: "e", entryLink: link)], empty: false,
                             labels: labels),
        ]
    }
}
