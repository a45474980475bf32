import Yams

struct ReportParser {
    let id: String
    let source: SourceText

    /// Sections may nest one level.
    static let maximumDepth = 2

    func parse(references: inout [Reference], diagnostics: inout [Diagnostic]) -> ReportDefinition? {
        let yaml = YAMLSource(path: source.path, firstLine: 1, text: source.text)
        guard var fields = yaml.fields(of: source.text, what: .phrase("what.report"), diagnostics: &diagnostics) else { return nil }
        let title = fields.text("title", required: true)
        let subtitle = fields.text("subtitle")
        let authors = (fields.texts("authors") ?? []).map(\.text)
        let date = fields.date("date")
        let abstract = fields.text("abstract")
        let publication = fields.text("publication")
        if let publication {
            references.append(Reference(.item(ItemKey(.publication, publication)), at: fields.location(of: "publication")))
        }
        var sections: [ReportSection] = []
        if let nodes = fields.list("sections") {
            sections = nodes.compactMap { section($0, depth: 1, yaml: yaml, &references, &fields.diagnostics) }
        } else if !fields.has("sections") {
            fields.missing("sections")
        }
        fields.reportUnknownFields(.phrase("what.report"))
        diagnostics += fields.diagnostics
        guard let title else { return nil }
        return ReportDefinition(id: id, file: source.path, title: title, subtitle: subtitle, authors: authors,
                                date: date, abstract: abstract, publication: publication, sections: sections)
    }

    private func section(_ node: Node, depth: Int, yaml: YAMLSource, _ references: inout [Reference],
                         _ diagnostics: inout [Diagnostic]) -> ReportSection? {
        guard var fields = FieldReader(node, source: yaml, what: .phrase("what.section"), at: yaml.location(of: node),
                                       diagnostics: &diagnostics) else { return nil }
        let title = fields.text("title", required: true)
        let intro = fields.text("intro")
        var include: [ReferenceTarget] = []
        for entry in fields.texts("include") ?? [] {
            guard let target = ReferenceParsing.parse(entry.text, at: entry.location, diagnostics: &fields.diagnostics) else { continue }
            include.append(target)
            references.append(Reference(target, at: entry.location))
        }
        let query = fields.node("query").flatMap { self.query($0, yaml: yaml, &references, &fields.diagnostics) }
        var sort: ReportSort?
        if let text = fields.text("sort") {
            sort = ReportSort(rawValue: text)
            if sort == nil {
                fields.diagnostics.append(.error(.unknownSort, ["sort": .value(text)], at: fields.location(of: "sort"),
                                                 hint: .phrase("use-sort")))
            }
        }
        var children: [ReportSection] = []
        if let nodes = fields.list("sections") {
            if depth >= Self.maximumDepth {
                fields.diagnostics.append(.error(.nestedSections, at: fields.location(of: "sections")))
            } else {
                children = nodes.compactMap { section($0, depth: depth + 1, yaml: yaml, &references, &fields.diagnostics) }
            }
        }
        if fields.has("include") && fields.has("query") {
            fields.diagnostics.append(.error(.includeAndQuery, at: fields.location))
        }
        fields.reportUnknownFields(.phrase("what.report-section"))
        diagnostics += fields.diagnostics
        guard let title else { return nil }
        return ReportSection(title: title, intro: intro, include: include, query: query, sort: sort,
                             sections: children, location: fields.location)
    }

    private func query(_ node: Node, yaml: YAMLSource, _ references: inout [Reference],
                       _ diagnostics: inout [Diagnostic]) -> ReportQuery? {
        guard var fields = FieldReader(node, source: yaml, what: .phrase("what.query"), at: yaml.location(of: node),
                                       diagnostics: &diagnostics) else { return nil }
        var type: ItemType?
        if let text = fields.text("type", required: true) {
            type = ItemType(rawValue: text)
            if type == nil {
                fields.diagnostics.append(.error(.unknownItemType, ["type": .value(text)], at: fields.location(of: "type"),
                                                 hint: .didYouMean(Suggestion.closest(to: text, among: ItemType.allCases.map(\.rawValue)))))
            }
        }
        let kind = fields.text("kind")
        if let kind { references.append(Reference(.term(TermKey(.kind, kind)), at: fields.location(of: "kind"))) }
        let publication = fields.text("publication")
        if let publication {
            references.append(Reference(.item(ItemKey(.publication, publication)), at: fields.location(of: "publication")))
        }
        var terms: [TaxonomyName: [String]] = [:]
        for taxonomy in TaxonomyName.itemFields {
            guard let entries = fields.texts(taxonomy.key) else { continue }
            terms[taxonomy] = entries.map(\.text)
            references += entries.map { Reference(.term(TermKey(taxonomy, $0.text)), at: $0.location) }
        }
        fields.reportUnknownFields(.phrase("what.query"))
        diagnostics += fields.diagnostics
        guard let type else { return nil }
        return ReportQuery(type: type, kind: kind, publication: publication, terms: terms)
    }
}
