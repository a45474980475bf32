/// The anchors of a report's sections (`h-doelgroepen`, `h-doelgroepen-2` for a second section
/// of that title), handed out in the order the sections appear. Composition uses it for the
/// headings; `ReportSourceMap` replays it to find a heading's place in the report definition.
struct SectionAnchors {
    private var used: Set<String> = []

    mutating func next(for title: String) -> String {
        let anchor = "h-" + PandocText.slug(title)
        if used.insert(anchor).inserted { return anchor }
        var n = 2
        while !used.insert("\(anchor)-\(n)").inserted { n += 1 }
        return "\(anchor)-\(n)"
    }
}
