/// One instance of every view type that appears inside a list, so the template lint knows
/// their field names even when the content leaves such a list empty.
enum ViewSchema {
    static var samples: [Any] {
        let tile = TileView(url: "", title: "", summary: "", typeLabel: "", kindLabel: "", date: "", draft: false,
                            facetKind: "", facetThemes: "", facetGroups: "", facetRegions: "", facetSectors: "",
                            facetPublication: "", html: "")
        return [
            tile,
            LinkView(label: "", url: "", current: false),
            ChipView(taxonomy: "", label: "", url: ""),
            PagefindFilter(name: "", value: ""),
            FigureView(label: "", value: "", context: "", note: "", page: ""),
            TableView(number: 0, id: "", caption: "", unit: "", note: "", page: "", header: [""],
                      rows: [TableRowView(head: "", cells: [CellView(text: "", numeric: false)])], chart: ""),
            SWOTEntryView(text: "", url: "", refTitle: ""),
            QuadrantView(label: "", entries: [], empty: true),
            GroupView(label: "", count: 0, tiles: [tile]),
            FacetView(name: "", label: "", options: [FacetOption(value: "", label: "")]),
            TermEntryView(label: "", url: "", description: "", count: 0),
            PagerView(current: 1, count: 2, previous: "", next: "", pages: [PagerLink(number: "", url: "", current: false, gap: false)]),
            PageNumberView(number: 1, count: 2),
            ListView(title: "", intro: "", count: 0, tiles: [], facets: [], pager: nil, filters: "", tileTemplate: ""),
            SitemapURL(loc: "", lastmod: ""),
            FeedEntry(title: "", url: "", updated: "", summary: "", typeLabel: ""),
        ]
    }
}
