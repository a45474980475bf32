import Foundation
import VitrineContent
import VitrineMarkdown
import VitrineTemplates

/// The report's view, section by section.
extension Composition {
    mutating func view() -> ReportView {
        var planned: [Planned] = []
        for section in report.sections { planned.append(plan(section, level: 1)) }
        if let publication = report.publication { publicationsUsed.insert(publication) }
        var chapters: [SectionView] = []
        for chapter in planned { chapters.append(sectionView(chapter)) }
        let language = graph.site.language == "en" ? "en-GB" : "nl-NL"
        let abstractLines = (report.abstract ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: "\n", omittingEmptySubsequences: false).map { PandocText.inline(String($0)) }
        let meta = MetadataView(
            title: PandocText.inline(report.title), subtitle: report.subtitle.map(PandocText.inline),
            authors: report.authors.map(PandocText.inline), hasAuthors: !report.authors.isEmpty,
            date: report.date.map(format.date),
            abstractLines: report.abstract == nil ? [] : abstractLines, hasAbstract: report.abstract != nil,
            language: language, dossierDate: report.date.map(\.fullDate), publisher: PandocText.inline(graph.site.title))
        return ReportView(meta: meta, chapters: chapters, bibliography: bibliography())
    }

    mutating func sectionView(_ planned: Planned) -> SectionView {
        let intro = planned.section.intro.flatMap { markdownBlocks($0, shift: planned.level) }.map { [$0] } ?? []
        var items: [ItemView] = []
        for item in planned.items { items.append(itemView(item, level: planned.level + 1)) }
        var children: [SectionView] = []
        for child in planned.children { children.append(sectionView(child)) }
        return SectionView(
            sectionHashes: String(repeating: "#", count: planned.level), sectionTitle: PandocText.inline(planned.section.title),
            sectionAnchor: planned.anchor, sectionIntro: intro, items: items, subsections: children,
            isEmpty: items.isEmpty && children.isEmpty)
    }
}
