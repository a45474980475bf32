import Foundation
import VitrineContent
import VitrineMarkdown
import VitrineTemplates

/// The publications the report drew on.
extension Composition {
    func bibliography() -> BibliographyView? {
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
