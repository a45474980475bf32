import Foundation
import Testing
import VitrineContent
@testable import VitrineReports

@Suite struct ReportComposerTests {
    let markdown: String
    let document: ReportDocument

    init() throws {
        let (composer, _) = try ReportFixture.composer()
        document = try composer.markdown(forReport: "dossier")
        markdown = document.markdown
    }

    @Test func metadataBlock() {
        #expect(markdown.hasPrefix("""
            ---
            title: |-
              Dossier: scholing
            subtitle: |-
              Een test
            author:
              - |-
                A. Auteur
            date: |-
              5 maart 2024
            lang: nl-NL
            dossier-date: 2024-03-05
            publisher: |-
              Testplatform
            papersize: a4
            toc: true
            toc-depth: 1
            toc-title: |-
              Inhoud
            number-sections: true
            page-label: |-
              pagina
            of-label: |-
              van
            ---
            """))
        // Nothing only LaTeX reads: Typst would choke on LaTeX colour names (`linkcolor: Maroon`).
        for latexOnly in ["documentclass", "linkcolor", "geometry", "header-includes", "{=latex}"] {
            #expect(!markdown.contains(latexOnly))
        }
    }

    @Test func sectionsInOrder() throws {
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.map(String.init)
        #expect(headings == [
            "# Oplossingen {#h-oplossingen}",
            "## Zomerschool {#card-zomerschool}",          // sort: date, February first
            "## Flexibel leren {#card-flexibel-leren}",
            "# Conclusies {#h-conclusies}",
            "## Tweede conclusie {#conclusion-c-twee}",    // sort: number, 4.2 before 4.10
            "## Tiende conclusie {#conclusion-c-tien}",
            "# Bevindingen {#h-bevindingen}",
            "## Belemmeringen {#h-belemmeringen}",        // nested section
            "### Avondwerk {#card-avond}",                 // sort: title
            "### Geen tijd {#card-geen-tijd}",
            "#### Achtergrond",                            // the body's heading, shifted under its item
            "## Cijfers en SWOT {#h-cijfers-en-swot}",
            "### Cijfers {#factsheet-cijfers}",
            "### SWOT {#swot-matrix}",
            "### Geen tijd {#card-geen-tijd-2}",           // included again: a pointer, not a copy
            "# Literatuur {#literatuur .unnumbered}",
        ])
        #expect(markdown.contains("# Bevindingen {#h-bevindingen}\n\nWat het *rapport* vond.\n\n## Belemmeringen"))
        #expect(markdown.contains("Dit onderdeel staat al eerder in dit dossier: [Geen tijd](#card-geen-tijd)."))
    }

    @Test func itemWithSourceFootnoteTermsAndLinks() {
        #expect(markdown.contains("""
            ### Geen tijd {#card-geen-tijd}

            Werk en zorg laten weinig tijd over.^[Bron: [Een rapport](#bib-rapport) (2023), paragraaf 4.2, pagina 12.]

            ::: {.facts}
            *Soort:* Belemmering\\
            *Thema's:* Scholing\\
            *Doelgroepen:* Flexwerkers
            :::

            #### Achtergrond

            Zie [de oplossing](#card-flexibel-leren) en [Buiten de deur](https://test.example.nl/card/buiten/).
            """))
    }

    @Test func referencesOutsideTheReportNameTheSiteURL() {
        #expect(markdown.contains("""
            **Onderbouwing**

            - [Geen tijd](#card-geen-tijd)
            - Buiten de deur (<https://test.example.nl/card/buiten/>)
            """))
        #expect(markdown.contains("*Nummer:* 4.2\\\n*Niveau:* Micro (individu)\\\n*Thema's:* Scholing"))
    }

    @Test func tablesAndFiguresAreNumberedInOrder() {
        #expect(markdown.contains("De cijfers staan in tabel 1 en tabel 2. Figuur 1 toont tabel 2 als staafdiagram."))
        #expect(markdown.contains("""
            ::: {.key-figures}

            | Cijfer | Waarde | Periode en gebied | Pagina |
            |--------------------|---------------:|------------------|-------|
            | Kwetsbare werkenden | 16.073 personen | Almere | 7 |

            : Tabel 1: Kerncijfers: Cijfers

            :::
            """))
        #expect(markdown.contains("""
            | Leeftijd | Almere |
            |---------|------:|
            | 15-25 | 20,5 |
            | 25-45 | 45 |

            : Tabel 2: Leeftijd (%)

            ![Figuur 1: Leeftijd](dossier-figuur-1.svg){width=100% alt="Figuur 1: Leeftijd 15-25: 20,5%; 25-45: 45%"}
            """))
        #expect(markdown.contains(": Tabel 3: SWOT-analyse: Scholing van flexwerkers"))
        #expect(document.attachments.map(\.name) == ["dossier-figuur-1.svg"])
        let svg = String(decoding: document.attachments.first?.data ?? Data(), as: UTF8.self)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        // The chart's text alternative is the site's: its SVG title and description.
        #expect(svg.contains("<title id=\"chart-") && svg.contains(">Figuur 1: Leeftijd</title>"))
        #expect(svg.contains(">15-25: 20,5%; 25-45: 45%</desc>"))
    }

    @Test func swotAsGridTable() {
        #expect(markdown.contains("""
            ::: {.swot-note}
            Deze SWOT is door het platform opgesteld op basis van het rapport; het rapport bevat zelf geen SWOT-analyse.
            :::

            ::: {.swot}

            +------------+------------------------------------+------------------------------------+
            |            | **Helpend**                        | **Belemmerend**                    |
            +============+====================================+====================================+
            | **Intern** | **Sterkten**                       | **Zwakten**                        |
            |            |                                    |                                    |
            |            | - Flexibel aanbod dat naast het    | *De bron beschrijft dit kwadrant   |
            |            |   werk past ([Flexibel             | niet.*                             |
            |            |   leren](#card-flexibel-leren))    |                                    |
            |            | - Betrokken werkgevers             |                                    |
            +------------+------------------------------------+------------------------------------+
            | **Extern** | **Kansen**                         | **Bedreigingen**                   |
            |            |                                    |                                    |
            |            | *De bron beschrijft dit kwadrant   | - Tijdgebrek                       |
            |            | niet.*                             |                                    |
            +------------+------------------------------------+------------------------------------+

            : Tabel 3: SWOT-analyse: Scholing van flexwerkers

            :::
            """))
    }

    @Test func bibliographyListsThePublicationsDrawnOn() {
        #expect(markdown.hasSuffix("""
            # Literatuur {#literatuur .unnumbered}

            - [A. Auteur en B. Schrijver (2023). *Een rapport*. Bureau, Amsterdam.]{#bib-rapport}

            """))
    }

    @Test func noRawHTML() {
        #expect(!markdown.contains("<div") && !markdown.contains("<span") && !markdown.contains("<br"))
    }

    @Test func sameInputSameBytes() throws {
        let (composer, _) = try ReportFixture.composer()
        let again = try composer.markdown(forReport: "dossier")
        #expect(again.markdown == markdown)
        #expect(again.attachments == document.attachments)
    }

    @Test func unknownReportIsADiagnostic() throws {
        let (composer, _) = try ReportFixture.composer()
        #expect(throws: DiagnosticList.self) { try composer.markdown(forReport: "dosier") }
        do {
            _ = try composer.markdown(forReport: "dosier")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["reports/dosier.yml:1:1: error: unknown report 'dosier' (did you mean 'dossier'?)"])
        }
    }
}

/// Hostile input (issue 14): a report whose query matches 10,000 items is composed whole, in
/// its sort order, each item once (the time and memory it takes are in docs/reliability.md).
@Suite struct LargeQueryTests {
    @Test func aQueryOfTenThousandItems() throws {
        var extra: [String: String] = [
            "reports/alles.yml": """
                title: Alles
                date: 2024-03-05
                sections:
                  - title: Alle oplossingen
                    query: {type: card, kind: oplossing}
                    sort: title
                """,
        ]
        // Written in reverse, so the sort has work to do.
        for number in (1...10_000).reversed() {
            let id = String(format: "%05d", number)
            extra["cards/veel-\(id).md"] = """
                ---
                title: Oplossing \(id)
                summary: Samenvatting \(id).
                publication: rapport
                kind: oplossing
                ---
                Tekst van oplossing \(id).
                """
        }
        let (composer, _) = try ReportFixture.composer(extra: extra)
        let markdown = try composer.markdown(forReport: "alles").markdown
        let titles = markdown.split(separator: "\n").filter { $0.hasPrefix("## Oplossing ") }
        #expect(titles.count == 10_000)
        #expect(titles.first == "## Oplossing 00001 {#card-veel-00001}")
        #expect(titles.last == "## Oplossing 10000 {#card-veel-10000}")
        #expect(titles == titles.sorted())
        #expect(markdown.contains("Tekst van oplossing 04711."))
    }
}

@Suite struct PandocTextTests {
    @Test func escapesWhatPandocWouldReadAsSyntax() {
        #expect(PandocText.inline("50% van *alle* werkenden | info@x.nl") == "50% van \\*alle\\* werkenden \\| info\\@x.nl")
        #expect(PandocText.inline("1. eerste\nregel") == "1\\. eerste regel")
        #expect(PandocText.inline("- geen lijst") == "\\- geen lijst")
        #expect(PandocText.inline("Ëën café") == "Ëën café")
    }

    @Test func naturalOrder() {
        #expect(PandocText.naturalLess("5.2", "5.10"))
        #expect(PandocText.naturalLess("Één", "Twee"))
        #expect(PandocText.slug("Patronen, hypothesen en dilemma's") == "patronen-hypothesen-en-dilemma-s")
    }
}
