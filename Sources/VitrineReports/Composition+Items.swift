import Foundation
import VitrineContent
import VitrineMarkdown
import VitrineTemplates

/// One item in a section, and the parts it is made of: source note, facts, links, body.
extension Composition {
    mutating func itemView(_ item: Item, level: Int) -> ItemView {
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
        do {
            view.body = markdownBlocks(try item.body.text(), shift: level)
        } catch {
            renderProblems.add([error])
        }
        let listed = Set(view.linkLists.flatMap { $0.links.map(\.text) })
        if let related = linkList(strings["related"], item.related), !related.links.allSatisfy({ listed.contains($0.text) }) {
            view.linkLists.append(related)
        }
        return view
    }

    // MARK: Parts of an item

    func sourceNote(_ item: Item, publication: String) -> String? {
        guard let source = graph.item(ItemKey(.publication, publication)) else { return nil }
        let context = CitationNoteView(
            sourceLink: LinkView(text: PandocText.inline(source.title),
                                 anchor: anchors[source.key] ?? "bib-\(publication)", url: nil),
            sourceYear: source.date.map { String($0.year) },
            sourceSection: item.source?.section.map(PandocText.inline),
            sourcePage: item.source?.page.map(PandocText.inline),
            sourcePageLabel: (item.source?.page?.contains("-") ?? false) ? strings["pages"] : strings["page"])
        return renderPart(context, template: ReportTemplates.sourceNote)
    }

    func termFacts(_ item: Item) -> [(String, String)] {
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

    func publicationFacts(_ item: Item, _ info: PublicationInfo) -> [(String, String)] {
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
    func joinedNames(_ names: [String]) -> String {
        let escaped = names.map(PandocText.inline)
        guard escaped.count > 1, let last = escaped.last else { return escaped.first ?? "" }
        return escaped.dropLast().joined(separator: ", ") + " \(strings["report_and"]) " + last
    }

    func linkList(_ label: String, _ targets: [ReferenceTarget]) -> LinkListView? {
        let links = targets.compactMap(link)
        return links.isEmpty ? nil : LinkListView(listLabel: label, links: links)
    }

    /// An internal link when the target is in the report, else its title and site URL.
    func link(_ target: ReferenceTarget) -> LinkView? {
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
    func markdownBlocks(_ markdown: String, shift: Int) -> String? {
        guard !markdown.trimmed.isEmpty else { return nil }
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
        let text = document.renderCommonMark().trimmed
        return text.isEmpty ? nil : text
    }

    func title(of target: ReferenceTarget) -> String {
        switch target {
        case .item(let key): graph.item(key)?.title ?? key.id
        case .term(let key): graph.term(key)?.label ?? key.id
        case .report(let id): graph.report(id)?.title ?? id
        }
    }
}
