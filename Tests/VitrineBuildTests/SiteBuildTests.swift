import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import VitrineContent
@testable import VitrineBuild
@testable import VitrineSite
@testable import VitrineTemplates

/// Builds small sites from the content fixtures with the shipped templates and checks the
/// rendered fragments.
@Suite(.serialized) struct SiteBuildTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = repository.appendingPathComponent("Tests/VitrineContentTests/Fixtures/valid")
    static let templates = repository.appendingPathComponent("Templates").path

    /// Copies the valid fixture so a test may change it.
    func content(_ change: (URL) throws -> Void = { _ in }) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Self.fixture, to: content)
        try change(content)
        return content
    }

    func build(_ content: URL, output: URL? = nil) -> (BuildUpdate, URL) {
        let out = output ?? content.deletingLastPathComponent().appendingPathComponent("Site")
        let result = BuildSession.build(BuildOptions(content: content.path, templates: Self.templates,
                                                           output: out.path, search: false))
        return (result, out)
    }

    func page(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    /// A content asset with the name of a theme asset is reported at the content's file, in both languages.
    @Test func anAssetWithTheThemesNameIsAnError() throws {
        let content = try content { content in
            let assets = content.appendingPathComponent("assets")
            try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
            try "<svg/>".write(to: assets.appendingPathComponent("favicon.svg"), atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let (result, _) = build(content)
        #expect(!result.succeeded)
        #expect(result.diagnostics.map(\.description) == [
            "\(content.path)/assets/favicon.svg:1:1: error: this file has the same name as the theme's \(Self.templates)/assets/favicon.svg; rename one of them"])
        #expect(result.diagnostics.map { $0.message(in: .nl) } == [
            "dit bestand heeft dezelfde naam als \(Self.templates)/assets/favicon.svg uit het thema; geef een van beide een andere naam"])
    }

    /// A link to a dossier leads to its entry on the dossiers page, which offers its PDF and Markdown.
    @Test func aReportLinkLeadsToTheDossiersEntry() throws {
        let content = try content { content in
            let page = content.appendingPathComponent("pages/over.md")
            try (try String(contentsOf: page, encoding: .utf8) + "Lees [het dossier](report:dossier).\n").write(to: page, atomically: true, encoding: .utf8)
        }
        let (result, site) = build(content)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(try page(site, "over/index.html").contains(#"Lees <a href="/rapporten/#dossier-dossier">het dossier</a>."#))
        #expect(try page(site, "rapporten/index.html").contains(#"<li id="dossier-dossier">"#))
    }

    @Test func buildsEveryPageKind() throws {
        let (result, site) = build(try content())
        #expect(result.diagnostics.isEmpty)
        #expect(result.pagesRendered == 27)
        for path in ["index.html", "kaarten/index.html", "kaarten/geen-tijd/index.html", "conclusies/tijd-is-schaars/index.html",
                     "factsheets/cijfers/index.html", "factsheets/cijfers/cijfers-1.csv",
                     "factsheets/cijfers/cijfers-kerncijfers.csv", "factsheets/cijfers/cijfers.json", "swot/matrix/index.html",
                     "publicaties/rapport/index.html", "over/index.html", "themas/scholing/index.html", "soorten/belemmering/index.html",
                     "zoeken/index.html", "rapporten/index.html", "404.html", "sitemap.xml", "feed.xml", "robots.txt"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path)")
        }
    }

    /// Long lists come in pages of 48 with a pager; every item is on exactly one page, and the
    /// filter index holds them all for filtering across pages.
    @Test func longListsArePaginated() throws {
        let folder = try content { folder in
            for number in 1...100 {
                let id = String(format: "kaart-%03d", number)
                try "---\ntitle: Kaart \(id)\nsummary: Nummer \(number).\npublication: rapport\nkind: belemmering\nthemes: [scholing]\n---\n"
                    .write(to: folder.appendingPathComponent("cards/\(id).md"), atomically: true, encoding: .utf8)
            }
        }
        let (result, site) = build(folder)
        #expect(result.succeeded)
        // 102 cards: pages of 48, 48 and 6.
        let first = try page(site, "kaarten/index.html")
        let second = try page(site, "kaarten/pagina/2/index.html")
        let third = try page(site, "kaarten/pagina/3/index.html")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("kaarten/pagina/4/index.html").path))
        func tiles(_ html: String) -> Int { html.components(separatedBy: "<li class=\"tile\"").count - 2 }  // minus the empty filter tile
        let counts: [Int] = [tiles(first), tiles(second), tiles(third)]
        #expect(counts == [48, 48, 6])
        #expect(first.contains("<title>Kaarten (pagina 1 van 3) · Testplatform</title>"))
        #expect(second.contains("<title>Kaarten (pagina 2 van 3) · Testplatform</title>"))
        #expect(second.contains(#"<li><a href="/kaarten/" rel="prev">Vorige</a></li>"#))
        #expect(second.contains(#"<li><a href="/kaarten/pagina/2/" aria-current="page">2</a></li>"#))
        #expect(second.contains(#"<li><a href="/kaarten/pagina/3/" rel="next">Volgende</a></li>"#))
        #expect(!third.contains("rel=\"next\""))
        // Every card is linked from exactly one list page.
        let lists = first + second + third
        for number in 1...100 {
            let link = String(format: "<a href=\"/kaarten/kaart-%03d/\">", number)
            #expect(lists.components(separatedBy: link).count == 2, "\(link)")
        }
        // The term page is paginated the same way; the filter index has every card.
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("themas/scholing/pagina/3/index.html").path))
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("kaarten/filters.json"))) as? [String: Any]
        let items = index?["items"] as? [[String]] ?? []
        let fields = index?["fields"] as? [String] ?? []
        #expect(items.count == 102)
        #expect(fields.first == "url")
        #expect(first.contains(#"data-index="/kaarten/filters.json""#))
        // The publication lists the first 48 of the 104 items drawn from it, then pages of its own.
        let publication = try page(site, "publicaties/rapport/index.html")
        #expect(publication.contains(#"<a href="/publicaties/rapport/pagina/2/" rel="next">"#))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("publicaties/rapport/pagina/3/index.html").path))
        let sitemap = try page(site, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://test.example.nl/kaarten/pagina/3/</loc>"))
    }

    @Test func itemPageShowsSourceLinksAndBacklinks() throws {
        let (_, site) = build(try content())
        let html = try page(site, "kaarten/geen-tijd/index.html")
        #expect(html.contains(#"<p class="source"><strong>Bron:</strong> <a href="/publicaties/rapport/">Een rapport</a>, Bureau, 2023, paragraaf 4.2, pagina 12.</p>"#))
        // The autolink shows the target's title; the plain link keeps its text.
        #expect(html.contains(#"<p>Zie <a href="/kaarten/flexibel-leren/">de oplossing</a> en <a href="/kaarten/flexibel-leren/">Flexibel leren</a>.</p>"#))
        #expect(html.contains(#"<h2 id="genoemd-in">Genoemd in</h2>"#))
        #expect(html.contains(#"<link rel="canonical" href="https://test.example.nl/kaarten/geen-tijd/">"#))
        // A tile without a kind does not borrow the page's kind.
        #expect(html.contains("<p class=\"tile-type\">Conclusie</p>"))
    }

    @Test func titlesAreEscaped() throws {
        let (result, site) = build(try content { folder in
            let card = folder.appendingPathComponent("cards/geen-tijd.md")
            let text = try String(contentsOf: card, encoding: .utf8)
                .replacingOccurrences(of: "title: Geen tijd", with: "title: \"<script>alert(1)</script> & co\"")
            try text.write(to: card, atomically: true, encoding: .utf8)
        })
        #expect(!result.diagnostics.hasErrors)
        let html = try page(site, "kaarten/geen-tijd/index.html")
        #expect(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h1>"))
        #expect(!html.contains("<script>alert(1)"))
    }

    @Test func rawHTMLInBodiesStaysOut() throws {
        let (_, site) = build(try content { folder in
            let page = folder.appendingPathComponent("pages/over.md")
            try "---\ntitle: Over\n---\n<script>alert(1)</script>\n\nTekst.\n".write(to: page, atomically: true, encoding: .utf8)
        })
        let html = try page(site, "over/index.html")
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func swotIsAGridWithEmptyQuadrantsLabelled() throws {
        let (_, site) = build(try content())
        let html = try page(site, "swot/matrix/index.html")
        #expect(html.contains("Deze SWOT is door het platform opgesteld op basis van het rapport"))
        #expect(html.contains(#"<th scope="row">Intern</th>"#))
        #expect(html.contains(#"<td class="q q-w"><h3>Zwakten</h3>"#))
        #expect(html.components(separatedBy: "De bron beschrijft dit kwadrant niet.").count - 1 == 2)
        #expect(html.contains(#"<li>Flexibel aanbod <a class="q-ref" href="/kaarten/flexibel-leren/">(Flexibel leren)</a></li>"#))
    }

    @Test func factsheetShowsDutchNumbersTableChartAndCSV() throws {
        let (_, site) = build(try content())
        let html = try page(site, "factsheets/cijfers/index.html")
        #expect(html.contains(#"<span class="figure-value">16.073 personen</span>"#))
        #expect(html.contains(#"<caption id="tabel-1-caption">Tabel 1: Leeftijd (%)</caption>"#))
        #expect(html.contains(#"<tr><th scope="row">15-25</th><td class="num">20,5</td><td class="num">18</td></tr>"#))
        #expect(html.contains(#"<svg xmlns="http://www.w3.org/2000/svg" class="chart""#))
        #expect(html.contains("<desc id="))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("factsheets/cijfers/cijfers.csv").path))
    }

    /// Each table is its own tidy CSV (one header row, numbers with a decimal point), the key
    /// figures another, the whole factsheet JSON; the page links each with its size.
    @Test func factsheetDataIsTidyCSVAndJSON() throws {
        let (result, site) = build(try content { folder in
            let sheet = folder.appendingPathComponent("factsheets/cijfers.md")
            let text = try String(contentsOf: sheet, encoding: .utf8).replacingOccurrences(of: "    chart: bar\n", with: """
                    chart: bar
                  - caption: Regio's
                    columns: [Regio, "Aantal, totaal"]
                    rows:
                      - ["Almere \\"Stad\\"", 1234567]
                    note: Afgerond.
                    page: "9"

                """)
            try text.write(to: sheet, atomically: true, encoding: .utf8)
        })
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(try page(site, "factsheets/cijfers/cijfers-1.csv") == "Leeftijd,Almere,Nederland\r\n15-25,20.5,18\r\n25-45,45,41.2\r\n")
        let second = try page(site, "factsheets/cijfers/cijfers-2.csv")
        #expect(second == "Regio,\"Aantal, totaal\"\r\n\"Almere \"\"Stad\"\"\",1234567\r\n")
        #expect(try page(site, "factsheets/cijfers/cijfers-kerncijfers.csv") == """
            label,value,unit,period,area,page,note\r
            Kwetsbare werkenden,16073,personen,,Almere,7,\r
            Aandeel,18,%,,,7-8,\r

            """)
        let json = try page(site, "factsheets/cijfers/cijfers.json")
        #expect(json.hasPrefix(#"{"id":"cijfers","type":"factsheet","title":"Cijfers","summary":"De kerncijfers.","url":"https://test.example.nl/factsheets/cijfers/","#))
        #expect(json.contains(#""source":{"publication":"rapport","title":"Een rapport","url":"https://test.example.nl/publicaties/rapport/","section":null,"page":null}"#))
        #expect(json.contains(#"{"label":"Kwetsbare werkenden","value":16073,"unit":"personen","period":null,"area":"Almere","page":"7","note":null}"#))
        #expect(json.contains(#"{"number":1,"caption":"Leeftijd","csv":"https://test.example.nl/factsheets/cijfers/cijfers-1.csv","unit":"%","page":null,"note":null,"columns":["Leeftijd","Almere","Nederland"],"rows":[["15-25",20.5,18],["25-45",45,41.2]]}"#))
        #expect(json.contains(#""rows":[["Almere \"Stad\"",1234567]]"#))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((parsed?["tables"] as? [Any])?.count == 2)
        let html = try page(site, "factsheets/cijfers/index.html")
        let size = { (path: String) throws -> String in
            let bytes = try Data(contentsOf: site.appendingPathComponent(path)).count
            return ValueFormatter(strings: InterfaceStrings(language: "nl", labels: [:], months: Array(repeating: "m", count: 12)))
                .number(max(0.1, Double(bytes) / 1000), maximumDecimals: 1)
        }
        #expect(html.contains(#"<li><a href="/factsheets/cijfers/cijfers-kerncijfers.csv" download>Kerncijfers</a> <span class="download-facts">(CSV, \#(try size("factsheets/cijfers/cijfers-kerncijfers.csv")) kB)</span></li>"#))
        #expect(html.contains(#"<li><a href="/factsheets/cijfers/cijfers-2.csv" download>Tabel 2: Regio&#39;s</a> <span class="download-facts">(CSV, 0,1 kB)</span></li>"#))
        #expect(html.contains(#"<li><a href="/factsheets/cijfers/cijfers.json" download>Alle gegevens van deze factsheet</a> <span class="download-facts">(JSON, \#(try size("factsheets/cijfers/cijfers.json")) kB)</span></li>"#))
    }

    /// /api/items.json lists every published item with its references both ways, and
    /// /api/publications.json every publication with its bibliographic fields.
    @Test func apiListsItemsAndPublications() throws {
        let (result, site) = build(try content())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let items = try page(site, "api/items.json")
        #expect(items.hasPrefix(#"{"site":{"title":"Testplatform","url":"https://test.example.nl/","language":"nl"},"items":[{"type":"publication","id":"rapport","#))
        #expect(items.contains(#"{"type":"card","id":"geen-tijd","title":"Geen tijd","summary":"Werk en zorg laten weinig tijd over.","url":"https://test.example.nl/kaarten/geen-tijd/","publication":"rapport","date":"2023-06-07","terms":{"kind":["belemmering"],"theme":["scholing"],"group":["flexwerkers"],"region":[],"sector":[]},"referencesOut":["publication:rapport","card:flexibel-leren"],"referencesIn":["#))
        #expect(items.hasSuffix("]}\n"))
        let parsed = try JSONSerialization.jsonObject(with: Data(items.utf8)) as? [String: Any]
        let entries = parsed?["items"] as? [[String: Any]] ?? []
        #expect(entries.count == 8)
        let keys = entries.compactMap { entry -> ItemKey? in
            guard let type = (entry["type"] as? String).flatMap(ItemType.init(rawValue:)), let id = entry["id"] as? String else { return nil }
            return ItemKey(type, id)
        }
        #expect(keys.count == 8 && keys == keys.sorted())
        let publications = try page(site, "api/publications.json")
        #expect(publications.contains(#""publications":[{"id":"rapport","url":"https://test.example.nl/publicaties/rapport/","title":"Een rapport","subtitle":null,"authors":["A. Auteur","B. Schrijver"],"publisher":"Bureau","place":"Amsterdam","date":"2023-06-07","commissioner":null,"number":null,"link":null,"rights":null,"items":["card:"#))
        // A draft is not published, so not listed.
        let (_, drafted) = build(try content { folder in
            let card = try String(contentsOf: folder.appendingPathComponent("cards/geen-tijd.md"), encoding: .utf8)
                .replacingOccurrences(of: "title: Geen tijd", with: "title: Concept\ndraft: true")
            try card.write(to: folder.appendingPathComponent("cards/concept.md"), atomically: true, encoding: .utf8)
        })
        #expect(try page(drafted, "kaarten/index.html").contains("Flexibel leren"))
        #expect(try !page(drafted, "api/items.json").contains("concept"))
    }

    /// Every item page says how to cite it; every publication offers its reference as RIS,
    /// BibTeX (escaped, braces balanced) and CSL-JSON.
    @Test func citations() throws {
        let (result, site) = build(try content { folder in
            let publication = folder.appendingPathComponent("publications/rapport.md")
            let text = try String(contentsOf: publication, encoding: .utf8)
                .replacingOccurrences(of: "title: Een rapport", with: "title: \"Kosten & baten: 50% {meer} #1_a\\\\b ~ ^\"\nsubtitle: Een vervolg\nnumber: R-12")
                .replacingOccurrences(of: "date: 2023-06-07", with: "date: 2023-06")
            try text.write(to: publication, atomically: true, encoding: .utf8)
        })
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let card = try page(site, "kaarten/geen-tijd/index.html")
        #expect(card.contains(#"<p class="citation">Testplatform (juni 2023). <cite>Geen tijd</cite>. Beschikbaar via https://test.example.nl/kaarten/geen-tijd/. Bron: Kosten &amp; baten: 50% {meer} #1_a\b ~ ^, Bureau, 2023, paragraaf 4.2, pagina 12.</p>"#))
        #expect(!(try page(site, "over/index.html")).contains(#"class="cite""#))
        let publication = try page(site, "publicaties/rapport/index.html")
        #expect(publication.contains(#"<li><a href="/publicaties/rapport/rapport.bib" download>BibTeX</a>"#))
        let ris = try page(site, "publicaties/rapport/rapport.ris")
        #expect(ris == """
            TY  - RPRT
            ID  - rapport
            TI  - Kosten & baten: 50% {meer} #1_a\\b ~ ^: Een vervolg
            AU  - A. Auteur
            AU  - B. Schrijver
            PY  - 2023
            DA  - 2023/06//
            PB  - Bureau
            CY  - Amsterdam
            SN  - R-12
            UR  - https://test.example.nl/publicaties/rapport/
            ER  -\u{20}

            """)
        let bib = try page(site, "publicaties/rapport/rapport.bib")
        #expect(bib == ##"""
            @techreport{rapport,
              title = {{Kosten \& baten: 50\% \{meer\} \#1\_a\textbackslash{}b \textasciitilde{} \textasciicircum{}: Een vervolg}},
              author = {A. Auteur and B. Schrijver},
              institution = {Bureau},
              address = {Amsterdam},
              year = {2023},
              month = jun,
              number = {R-12},
              url = {https://test.example.nl/publicaties/rapport/}
            }

            """##)
        // Balanced: every unescaped brace closes, the entry's last one at the end.
        var depth = 0, escaped = false, closings = 0
        for character in bib.dropFirst(bib.firstIndex(of: "{").map { bib.distance(from: bib.startIndex, to: $0) } ?? 0) {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "{": depth += 1
            case "}": depth -= 1; closings += depth == 0 ? 1 : 0
            default: break
            }
        }
        #expect(depth == 0 && closings == 1)
        #expect(bib.components(separatedBy: "}\n").last == "")
        let csl = try page(site, "publicaties/rapport/rapport.json")
        #expect(csl.contains(#""issued":{"date-parts":[[2023,6]]}"#))
        let parsed = try JSONSerialization.jsonObject(with: Data(csl.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 1)
        #expect(parsed?.first?["id"] as? String == "rapport")
        #expect(parsed?.first?["type"] as? String == "report")
        #expect(parsed?.first?["title"] as? String == #"Kosten & baten: 50% {meer} #1_a\b ~ ^: Een vervolg"#)
        #expect((parsed?.first?["author"] as? [[String: String]])?.first == ["literal": "A. Auteur"])
    }

    @Test func barChartHasATextAlternative() throws {
        let table = DataTable(caption: "Leeftijd", columns: ["Leeftijd", "Almere"],
                              rows: [[.text("15-25"), .number(20.5)], [.text("<25"), .number(41)]],
                              unit: "%", note: nil, page: nil, chart: .bar)
        let strings = InterfaceStrings(language: "nl", labels: [:], months: Array(repeating: "m", count: 12))
        let svg = BarChart(table: table, formatter: ValueFormatter(strings: strings), title: "Tabel 1: Leeftijd").svg()
        #expect(svg.contains(#"role="img""#))
        #expect(svg.contains("<title id="))
        #expect(svg.contains("15-25: 20,5%; &lt;25: 41%</desc>"))
        #expect(svg.contains(#"width="380" height="16""#))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let folder = try content()
        let (_, first) = build(folder, output: folder.deletingLastPathComponent().appendingPathComponent("A"))
        let (_, second) = build(folder, output: folder.deletingLastPathComponent().appendingPathComponent("B"))
        let files = FileManager.default.subpaths(atPath: first.path)?.sorted() ?? []
        #expect(files == FileManager.default.subpaths(atPath: second.path)?.sorted())
        for file in files {
            let a = FileManager.default.contents(atPath: first.appendingPathComponent(file).path)
            let b = FileManager.default.contents(atPath: second.appendingPathComponent(file).path)
            #expect(a == b, "\(file)")
        }
    }

    @Test func failedBuildLeavesThePreviousSiteIntact() throws {
        let folder = try content()
        let (good, site) = build(folder)
        #expect(good.succeeded)
        let before = try page(site, "kaarten/geen-tijd/index.html")
        try "---\ntitle: Kapot\nkind: belemmering\n---\n".write(to: folder.appendingPathComponent("cards/nieuw.md"), atomically: true, encoding: .utf8)
        let (bad, _) = build(folder)
        #expect(!bad.succeeded)
        #expect(try page(site, "kaarten/geen-tijd/index.html") == before)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("kaarten/nieuw").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(leftovers.sorted() == ["Content", "Site"])
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let folder = try content { folder in
            try "---\ntitle: Concept\nsummary: Nog niet af.\npublication: rapport\nkind: belemmering\nthemes: [scholing]\ndraft: true\n---\n"
                .write(to: folder.appendingPathComponent("cards/concept.md"), atomically: true, encoding: .utf8)
        }
        let (_, site) = build(folder)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("kaarten/concept/index.html").path))
        #expect(!(try page(site, "sitemap.xml")).contains("concept"))
        #expect(!(try page(site, "feed.xml")).contains("concept"))
        let withDrafts = BuildSession.build(BuildOptions(content: folder.path, templates: Self.templates,
                                                               output: site.path, includeDrafts: true, search: false))
        #expect(withDrafts.succeeded)
        #expect(try page(site, "kaarten/concept/index.html").contains("<span class=\"badge-draft\">Concept</span>"))
    }

    @Test func unknownTemplateFieldIsReportedWithPosition() throws {
        let templates = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-tpl-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.templates), to: templates)
        let card = templates.appendingPathComponent("html/card.mustache")
        let text = try String(contentsOf: card, encoding: .utf8).replacingOccurrences(of: "<div class=\"prose\">", with: "<div class=\"prose\">{{titel}}")
        try text.write(to: card, atomically: true, encoding: .utf8)
        let problems = ContentCheck.run(content: Self.fixture.path, templates: templates.path).diagnostics
        #expect(problems.map(\.message) == ["unknown field 'titel': no field of ItemView or PageView has that name"])
        #expect(problems.first?.hint == "did you mean 'title'?")
        #expect(problems.first?.location.file.hasSuffix("html/card.mustache") == true)
        #expect(problems.first?.location.line == 6)
        #expect(problems.first?.location.column == 20)
    }

    /// The new site replaces the old one in one exchange, and the folders a killed build left
    /// beside the output are removed by the next build.
    @Test func theSiteIsSwappedInOneStepAndLeftoversGo() throws {
        let folder = try content()
        let parent = folder.deletingLastPathComponent()
        let (first, site) = build(folder)
        #expect(first.succeeded)
        #expect(FolderSwap.exchange(site.path, site.path) || errno != ENOSYS, "renameat2 is available")
        let dead = parent.appendingPathComponent(".Site.staging-4194000")
        try FileManager.default.createDirectory(at: dead, withIntermediateDirectories: true)
        let (second, _) = build(folder)
        #expect(second.succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["Content", "Site"])
        #expect(try page(site, "kaarten/geen-tijd/index.html").contains("<h1>Geen tijd</h1>"))
    }

    /// A template that cannot render (here a partial that includes itself without end) fails the
    /// build with its position; no page is written empty.
    @Test func aTemplateThatCannotRenderFailsTheBuild() throws {
        let templates = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-tpl-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.templates), to: templates)
        try "{{#chips}}{{>partials.chips}}{{/chips}}\n".write(to: templates.appendingPathComponent("partials/chips.mustache"),
                                                           atomically: true, encoding: .utf8)
        let folder = try content()
        let site = folder.deletingLastPathComponent().appendingPathComponent("Site")
        let result = BuildSession.build(BuildOptions(content: folder.path, templates: templates.path, output: site.path, search: false))
        #expect(!result.succeeded)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.location.file.hasSuffix("partials/chips.mustache") },
                "\(result.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    /// The templates are checked against the view types, not against what the content holds:
    /// a site with only a publication and a card (no conclusion, factsheet, SWOT or page) builds.
    @Test func aSiteWithoutSWOTsFactsheetsOrConclusionsBuilds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-small-\(UUID().uuidString)")
        let content = folder.appendingPathComponent("Content")
        for sub in ["publications", "cards"] {
            try FileManager.default.createDirectory(at: content.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try "title: Klein\ndescription: Alleen een kaart.\nbaseURL: https://klein.example.nl\n"
            .write(to: content.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try "kinds:\n  - id: les\n    label: Les\n    plural: Lessen\nthemes: []\ngroups: []\nregions: []\nsectors: []\n"
            .write(to: content.appendingPathComponent("taxonomies.yml"), atomically: true, encoding: .utf8)
        try "---\ntitle: Een rapport\nauthors: ~\npublisher: ~\ndate: 2024\n---\n"
            .write(to: content.appendingPathComponent("publications/rapport.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: Een les\nsummary: Wat we leerden.\npublication: rapport\nkind: les\n---\nTekst.\n"
            .write(to: content.appendingPathComponent("cards/een-les.md"), atomically: true, encoding: .utf8)
        let (result, site) = build(content)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        #expect(result.succeeded)
        #expect(try page(site, "swot/index.html").contains("<h1>SWOT-analyses</h1>"))
        #expect(try page(site, "kaarten/een-les/index.html").contains("<h1>Een les</h1>"))
    }

    @Test func englishStringsProveTheMechanism() throws {
        let (_, site) = build(try content { folder in
            let file = folder.appendingPathComponent("site.yml")
            let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "language: nl", with: "language: en")
            try text.write(to: file, atomically: true, encoding: .utf8)
        })
        let html = try page(site, "kaarten/geen-tijd/index.html")
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<strong>Source:</strong>"))
        #expect(html.contains("Mentioned in"))
    }

    @Test func outputPathsCannotEscape() {
        for path in ["../x", "/etc/passwd", "a/../../b", "a//b", ""] {
            #expect(throws: OutputFailure.self) { try OutputTarget.validate(path) }
        }
        #expect(throws: Never.self) { try OutputTarget.validate("kaarten/x/index.html") }
    }

    @Test func outputNeverReplacesContentOrAForeignFolder() throws {
        let folder = try content()
        let parent = folder.deletingLastPathComponent()
        for target in [folder, parent, folder.appendingPathComponent("cards")] {
            let result = BuildSession.build(BuildOptions(content: folder.path, templates: Self.templates,
                                                               output: target.path, search: false))
            #expect(!result.succeeded)
            #expect(result.diagnostics.contains { $0.message.contains("refusing to replace") })
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("cards/geen-tijd.md").path))
        let foreign = parent.appendingPathComponent("Eigen")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try "bewaren".write(to: foreign.appendingPathComponent("notities.txt"), atomically: true, encoding: .utf8)
        let (result, _) = build(folder, output: foreign)
        #expect(result.diagnostics.map(\.message).contains {
            $0.hasPrefix("refusing to replace") && $0.hasSuffix("it is not empty and was not made by vitrine (no .vitrine-output in it); remove it or choose another output folder")
        })
        #expect(result.diagnostics.map { $0.message(in: .nl) }.contains {
            $0.hasPrefix("'") && $0.hasSuffix("' wordt niet vervangen: die is niet leeg en niet door Vitrine gemaakt (er staat geen .vitrine-output in); verwijder hem of kies een andere uitvoermap")
        }, "\(result.diagnostics.map { $0.message(in: .nl) })")
        #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("notities.txt").path))
        // A folder vitrine made is replaced again.
        let (first, site) = build(folder)
        let (second, _) = build(folder, output: site)
        #expect(first.succeeded && second.succeeded)
    }
}
