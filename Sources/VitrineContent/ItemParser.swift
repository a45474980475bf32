import VitrineMarkdown
import Yams

/// Turns one item file into an `Item`, or into diagnostics. Checks what can be checked within
/// the file alone; references are resolved later, against the whole graph.
struct ItemParser {
    let type: ItemType
    let id: String
    let source: SourceText
    /// The file on disk, so a long body can be read again instead of kept (nil: keep it).
    var diskPath: String? = nil

    /// A summary longer than this is legal but too long for lists and meta descriptions.
    static let longSummary = 300

    func parse(diagnostics: inout [Diagnostic]) -> Item? {
        let document: FrontMatterDocument
        switch FrontMatterDocument.split(source) {
        case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
        case .success(let split): document = split
        }
        let yaml = YAMLSource(path: source.path, firstLine: FrontMatterDocument.yamlStartLine, text: document.yaml)
        guard var fields = yaml.fields(of: document.yaml, what: .phrase("what.front-matter"), diagnostics: &diagnostics) else { return nil }
        var references: [Reference] = []

        let title = fields.text("title", required: true)
        let summary = fields.text("summary", required: type.isKnowledgeItem)
        if let summary, summary.count > Self.longSummary {
            fields.diagnostics.append(.warning(
                .longSummary, ["length": .value(String(summary.count))],
                at: fields.location(of: "summary"), hint: .phrase("keep-summary-short", ["maximum": .value(String(Self.longSummary))])))
        }
        var publication: String?
        if type.isKnowledgeItem {
            publication = fields.text("publication", required: true)
            if let publication {
                references.append(Reference(.item(ItemKey(.publication, publication)), at: fields.location(of: "publication")))
            }
        }
        let source = type == .page ? nil : citation(&fields)
        var terms: [TaxonomyName: [String]] = [:]
        if type != .page {
            for taxonomy in TaxonomyName.itemFields {
                guard let entries = fields.distinctTexts(taxonomy.key) else { continue }
                terms[taxonomy] = entries.map(\.text)
                references += entries.map { Reference(.term(TermKey(taxonomy, $0.text)), at: $0.location) }
            }
        }
        let related = type == .page ? [] : referenceList("related", &fields, &references)
        let date = fields.date("date", required: type == .publication)
        let draft = fields.bool("draft") ?? false
        let aliases = aliasList(&fields)

        let details: ItemDetails
        switch type {
        case .card:
            let kind = fields.text("kind", required: true)
            if let kind {
                terms[.kind] = [kind]
                references.append(Reference(.term(TermKey(.kind, kind)), at: fields.location(of: "kind")))
            }
            details = .card(kind: kind ?? "")
        case .conclusion:
            details = .conclusion(conclusion(&fields, &references))
        case .factsheet:
            // Optional: a factsheet about an initiative, say, is listed with that kind's cards.
            if let kind = fields.text("kind") {
                terms[.kind] = [kind]
                references.append(Reference(.term(TermKey(.kind, kind)), at: fields.location(of: "kind")))
            }
            details = .factsheet(FactsheetParser(yaml: yaml).parse(&fields))
        case .swot:
            details = .swot(swot(&fields, &references))
        case .publication:
            details = .publication(publicationInfo(&fields))
        case .page:
            details = .page(PageInfo(menu: fields.bool("menu") ?? false, weight: fields.integer("weight") ?? 0))
        }
        fields.reportUnknownFields(.phrase("what.\(type.rawValue)"))
        if draft {
            fields.diagnostics.append(.warning(.draft, ["item": .phrase("the.\(type.rawValue)", ["id": .value(id)])],
                                               at: fields.location(of: "draft")))
        }
        references += bodyReferences(document, diagnostics: &fields.diagnostics)
        diagnostics += fields.diagnostics
        guard let title else { return nil }
        if case .card(let kind) = details, kind.isEmpty { return nil }
        return Item(key: ItemKey(type, id), file: self.source.path, title: title, summary: summary,
                    publication: publication, source: source, terms: terms, related: related, date: date,
                    draft: draft, body: diskPath.map { ItemBody(file: $0, offset: document.bodyOffset, text: document.body) } ?? ItemBody(document.body),
                    bodyStartLine: document.bodyStartLine,
                    details: details, references: references, aliases: aliases)
    }

    // MARK: Fields

    private func citation(_ fields: inout FieldReader) -> SourceCitation? {
        guard let node = fields.node("source") else { return nil }
        guard var citation = FieldReader(node, source: fields.source, what: .phrase("what.field", ["field": .value("source")]), at: fields.location,
                                         diagnostics: &fields.diagnostics) else { return nil }
        let section = citation.text("section")
        let page = citation.page("page")
        citation.reportUnknownFields(.phrase("what.field", ["field": .value("source")]))
        fields.diagnostics += citation.diagnostics
        return SourceCitation(section: section, page: page)
    }

    /// Old URLs of the item, each in its one spelling; one that cannot be a site path is an error.
    private func aliasList(_ fields: inout FieldReader) -> [Alias] {
        var aliases: [Alias] = []
        for entry in fields.texts("aliases") ?? [] {
            guard let path = Alias.normalized(entry.text) else {
                fields.diagnostics.append(.error(.invalidAlias, ["alias": .value(entry.text)], at: entry.location,
                                                 hint: .phrase("alias-shape")))
                continue
            }
            aliases.append(Alias(path: path, location: entry.location))
        }
        return aliases
    }

    /// A list of `type:id` references, each checked for shape here and resolved later.
    private func referenceList(_ key: String, _ fields: inout FieldReader, _ references: inout [Reference]) -> [ReferenceTarget] {
        var targets: [ReferenceTarget] = []
        for entry in fields.distinctTexts(key) ?? [] {
            guard let target = ReferenceParsing.parse(entry.text, at: entry.location, diagnostics: &fields.diagnostics) else { continue }
            if target == .item(ItemKey(type, id)) {
                fields.diagnostics.append(.warning(.selfReference, ["field": .value(key), "entry": .value(entry.text)], at: entry.location))
                continue
            }
            targets.append(target)
            references.append(Reference(target, at: entry.location))
        }
        return targets
    }

    private func conclusion(_ fields: inout FieldReader, _ references: inout [Reference]) -> Conclusion {
        var number: String?
        if let node = fields.node("number") {
            if case .scalar(let scalar) = node { number = scalar.string } else {
                fields.typeError("number", expected: "conclusion-number", found: node)
            }
        }
        var level: ConclusionLevel?
        if let text = fields.text("level") {
            level = ConclusionLevel(rawValue: text)
            if level == nil {
                fields.diagnostics.append(.error(.unknownLevel, ["level": .value(text)], at: fields.location(of: "level"),
                                                 hint: .didYouMean(Suggestion.closest(to: text, among: ConclusionLevel.allCases.map(\.rawValue)))
                                                     ?? .phrase("use-level")))
            }
        }
        return Conclusion(number: number, level: level,
                          evidence: referenceList("evidence", &fields, &references),
                          recommendations: referenceList("recommendations", &fields, &references))
    }

    private func swot(_ fields: inout FieldReader, _ references: inout [Reference]) -> SWOT {
        let subject = fields.text("subject")
        let derived = fields.bool("derived") ?? false
        var quadrants: [SWOT.Quadrant: [SWOT.Entry]] = [:]
        for quadrant in SWOT.Quadrant.allCases {
            var entries: [SWOT.Entry] = []
            for node in fields.list(quadrant.rawValue) ?? [] {
                if case .scalar(let scalar) = node, !node.isNull {
                    entries.append(SWOT.Entry(text: scalar.string, ref: nil))
                    continue
                }
                guard var entry = FieldReader(node, source: fields.source, what: .phrase("what.quadrant-entry", ["quadrant": .value(quadrant.rawValue)]),
                                              at: fields.source.location(of: node), diagnostics: &fields.diagnostics) else { continue }
                let text = entry.text("text", required: true)
                var ref: ReferenceTarget?
                if let refText = entry.text("ref") {
                    ref = ReferenceParsing.parse(refText, at: entry.location(of: "ref"), diagnostics: &entry.diagnostics)
                    if let ref { references.append(Reference(ref, at: entry.location(of: "ref"))) }
                }
                entry.reportUnknownFields(.phrase("what.swot-entry"))
                fields.diagnostics += entry.diagnostics
                if let text { entries.append(SWOT.Entry(text: text, ref: ref)) }
            }
            quadrants[quadrant] = entries
        }
        if quadrants.values.allSatisfy(\.isEmpty) {
            fields.diagnostics.append(.error(.emptySWOT, at: fields.location, hint: .phrase("fill-quadrants")))
        }
        return SWOT(subject: subject, derived: derived, quadrants: quadrants)
    }

    private func publicationInfo(_ fields: inout FieldReader) -> PublicationInfo {
        let subtitle = fields.text("subtitle")
        var authors: [String] = []
        if !fields.has("authors") {
            fields.missing("authors", hint: .phrase("authors-unknown"))
        } else {
            authors = (fields.texts("authors") ?? []).map(\.text)
        }
        var publisher: String?
        if !fields.has("publisher") {
            fields.missing("publisher", hint: .phrase("publisher-unknown"))
        } else {
            publisher = fields.text("publisher")
        }
        let url = fields.text("url")
        if let url, !isAbsoluteHTTPURL(url) {
            fields.diagnostics.append(.error(.notAWebAddress, ["field": .value("url"), "found": .value(url)], at: fields.location(of: "url")))
        }
        return PublicationInfo(subtitle: subtitle, authors: authors, publisher: publisher,
                               place: fields.text("place"), commissioner: fields.text("commissioner"),
                               number: fields.node("number")?.scalar?.string, url: url, rights: fields.text("rights"))
    }

    // MARK: Body

    private func bodyReferences(_ document: FrontMatterDocument, diagnostics: inout [Diagnostic]) -> [Reference] {
        guard !document.body.isEmpty else { return [] }
        var references: [Reference] = []
        for link in MarkdownDocument(document.body).links() {
            let location = SourceLocation(file: source.path, line: document.bodyStartLine + link.position.line - 1,
                                          column: link.position.column)
            if ReferenceTarget.looksLikeReference(link.destination) {
                if let target = ReferenceParsing.parse(link.destination, at: location, diagnostics: &diagnostics) {
                    references.append(Reference(target, at: location))
                }
            } else if let scheme = ReferenceParsing.scheme(of: link.destination),
                      // Web links first: an edit distance to every type name for each was 2-4 % of a check.
                      !ReferenceParsing.webSchemes.contains(scheme),
                      let type = Suggestion.closest(to: scheme, among: ReferenceTarget.typeNames) {
                diagnostics.append(.error(.unknownReferenceType, ["type": .value(scheme), "link": .value(link.destination)], at: location,
                                          hint: .phrase("did-you-mean", ["suggestion": .value("\(type):")])))
            }
        }
        return references
    }
}
