import Foundation
import VitrineContent
import VitrineReports
import VitrineTemplates

/// A small content folder written for the report tests, and the repository's own Markdown
/// templates and strings (copied alone, so the HTML templates do not matter here).
enum ReportFixture {
    static let files: [String: String] = [
        "site.yml": """
            title: Testplatform
            description: Een klein platform voor de tests.
            baseURL: https://test.example.nl
            language: nl
            """,
        "taxonomies.yml": """
            kinds:
              - {id: belemmering, label: Belemmering, plural: Belemmeringen}
              - {id: oplossing, label: Oplossing, plural: Oplossingen}
              - {id: les, label: Les, plural: Lessen}
            themes:
              - {id: scholing, label: Scholing}
            groups:
              - {id: flexwerkers, label: Flexwerkers}
            regions: []
            sectors: []
            """,
        "publications/rapport.md": """
            ---
            title: Een rapport
            authors: [A. Auteur, B. Schrijver]
            publisher: Bureau
            date: 2023-06-07
            place: Amsterdam
            ---
            Samenvatting van het rapport.
            """,
        "cards/geen-tijd.md": """
            ---
            title: Geen tijd
            summary: Werk en zorg laten weinig tijd over.
            publication: rapport
            source: {section: "4.2", page: 12}
            kind: belemmering
            themes: [scholing]
            groups: [flexwerkers]
            ---
            # Achtergrond

            Zie [de oplossing](card:flexibel-leren) en <card:buiten>.
            """,
        "cards/avond.md": """
            ---
            title: Avondwerk
            summary: Wie 's avonds werkt, mist de cursus.
            publication: rapport
            kind: belemmering
            themes: [scholing]
            ---
            """,
        "cards/flexibel-leren.md": """
            ---
            title: Flexibel leren
            summary: Korte modules naast het werk.
            publication: rapport
            kind: oplossing
            date: 2023-09-01
            themes: [scholing]
            ---
            """,
        "cards/zomerschool.md": """
            ---
            title: Zomerschool
            summary: Leren in de stille maanden.
            publication: rapport
            kind: oplossing
            date: 2023-02-01
            themes: [scholing]
            ---
            """,
        "cards/buiten.md": """
            ---
            title: Buiten de deur
            summary: Een les die niet in het dossier staat.
            publication: rapport
            kind: les
            themes: [scholing]
            ---
            """,
        "conclusions/c-tien.md": """
            ---
            title: Tiende conclusie
            summary: De tiende.
            publication: rapport
            number: "4.10"
            themes: [scholing]
            ---
            """,
        "conclusions/c-twee.md": """
            ---
            title: Tweede conclusie
            summary: De tweede.
            publication: rapport
            number: "4.2"
            level: micro
            evidence: [card:geen-tijd, card:buiten]
            themes: [scholing]
            ---
            """,
        "factsheets/cijfers.md": """
            ---
            title: Cijfers
            summary: De kerncijfers.
            publication: rapport
            themes: [scholing]
            figures:
              - {label: Kwetsbare werkenden, value: 16073, unit: personen, area: Almere, page: 7}
            tables:
              - caption: Leeftijd
                columns: [Leeftijd, Almere]
                rows:
                  - [15-25, 20.5]
                  - [25-45, 45]
                unit: "%"
                chart: bar
            ---
            """,
        "swot/matrix.md": """
            ---
            title: SWOT
            summary: Afgeleide SWOT.
            publication: rapport
            subject: Scholing van flexwerkers
            derived: true
            strengths:
              - {text: Flexibel aanbod dat naast het werk past, ref: "card:flexibel-leren"}
              - Betrokken werkgevers
            threats:
              - Tijdgebrek
            themes: [scholing]
            ---
            """,
        "reports/dossier.yml": """
            title: "Dossier: scholing"
            subtitle: Een test
            authors: [A. Auteur]
            date: 2024-03-05
            publication: rapport
            sections:
              - title: Oplossingen
                query: {type: card, kind: oplossing}
                sort: date
              - title: Conclusies
                query: {type: conclusion}
                sort: number
              - title: Bevindingen
                intro: "Wat het *rapport* vond."
                sections:
                  - title: Belemmeringen
                    query: {type: card, kind: belemmering, themes: [scholing]}
                    sort: title
                  - title: Cijfers en SWOT
                    include: [factsheet:cijfers, swot:matrix, card:geen-tijd]
            """,
    ]

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `extra` files are added to (or replace) the fixture's.
    static func composer(extra: [String: String] = [:]) throws -> (ReportComposer, ContentGraph) {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("vitrine-reports-\(UUID().uuidString)")
        let content = root.appendingPathComponent("Content")
        for (path, text) in files.merging(extra, uniquingKeysWith: { $1 }) {
            let url = content.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: url)
        }
        let templates = root.appendingPathComponent("Templates")
        try manager.createDirectory(at: templates.appendingPathComponent("i18n"), withIntermediateDirectories: true)
        try manager.copyItem(at: repository.appendingPathComponent("Templates/markdown"),
                             to: templates.appendingPathComponent("markdown"))
        try manager.copyItem(at: repository.appendingPathComponent("Templates/i18n/nl.yml"),
                             to: templates.appendingPathComponent("i18n/nl.yml"))
        let loaded = ContentLoader(directory: content.path).load()
        guard let graph = loaded.graph, !loaded.diagnostics.hasErrors else {
            throw FixtureError.content(loaded.diagnostics.map(\.description))
        }
        let set = try TemplateLibrary.load(directory: templates.path, language: "nl").get()
        let composer = ReportComposer(graph: graph, templates: set) { target in
            switch target {
            case .item(let key): "https://test.example.nl/\(key.type.rawValue)/\(key.id)/"
            case .term(let key): "https://test.example.nl/\(key.taxonomy.rawValue)/\(key.id)/"
            case .report(let id): "https://test.example.nl/rapporten/\(id).md"
            }
        }
        return (composer, graph)
    }

    enum FixtureError: Error { case content([String]) }
}
