import VitrineTemplates

// A copy of the site's view models for an item page (html/card), declared the way the
// site will declare them: the typed compile of Fixtures/card and the render timing use it.

struct PageView: TemplateRecord {
    var site: SiteView
    var meta: MetaView
    var item: ItemView?

    static let templateFields = TemplateFields<PageView> {
        $0.object("site", \.site); $0.interfaceStrings("t"); $0.object("meta", \.meta); $0.object("item", \.item)
    }
}

struct SiteView: TemplateRecord {
    var title: String, description: String, language: String, copyright: String?
    var navigation: [LinkView]
    var stylesheet: String, script: String, favicon: String

    static let templateFields = TemplateFields<SiteView> {
        $0.text("title", \.title); $0.text("description", \.description); $0.text("language", \.language)
        $0.text("copyright", \.copyright); $0.list("navigation", \.navigation); $0.text("stylesheet", \.stylesheet)
        $0.text("script", \.script); $0.text("favicon", \.favicon)
    }
}

struct LinkView: TemplateRecord {
    var label: String, url: String, current: Bool

    static let templateFields = TemplateFields<LinkView> {
        $0.text("label", \.label); $0.text("url", \.url); $0.bool("current", \.current)
    }
}

struct MetaView: TemplateRecord {
    var title: String, home: Bool, description: String, canonical: String, ogType: String
    var jsonLD: String?, draft: Bool
    var page: PageNumberView?

    static let templateFields = TemplateFields<MetaView> {
        $0.text("title", \.title); $0.bool("home", \.home); $0.text("description", \.description)
        $0.text("canonical", \.canonical); $0.text("ogType", \.ogType); $0.html("jsonLD", \.jsonLD)
        $0.bool("draft", \.draft); $0.object("page", \.page)
    }
}

struct PageNumberView: TemplateRecord {
    var number: Int, count: Int

    static let templateFields = TemplateFields<PageNumberView> { $0.number("number", \.number); $0.number("count", \.count) }
}

struct TileView: TemplateRecord {
    var url: String, title: String, summary: String?, typeLabel: String, kindLabel: String?, draft: Bool
    var html: String

    static let templateFields = TemplateFields<TileView> {
        $0.text("url", \.url); $0.text("title", \.title); $0.text("summary", \.summary); $0.text("typeLabel", \.typeLabel)
        $0.text("kindLabel", \.kindLabel); $0.bool("draft", \.draft); $0.html("html", \.html)
        $0.text("facetKind", { _ in "" }); $0.text("facetThemes", { _ in "" }); $0.text("facetGroups", { _ in "" })
        $0.text("facetRegions", { _ in "" }); $0.text("facetSectors", { _ in "" }); $0.text("facetPublication", { _ in "" })
    }
}

struct ChipView: TemplateRecord {
    var taxonomy: String, label: String, url: String

    static let templateFields = TemplateFields<ChipView> {
        $0.text("taxonomy", \.taxonomy); $0.text("label", \.label); $0.text("url", \.url)
    }
}

struct SourceLineView: TemplateRecord {
    var publicationTitle: String, publicationURL: String, publisher: String, year: String
    var section: String?, page: String?, pageIsRange: Bool

    static let templateFields = TemplateFields<SourceLineView> {
        $0.text("publicationTitle", \.publicationTitle); $0.text("publicationURL", \.publicationURL)
        $0.text("publisher", \.publisher); $0.text("year", \.year); $0.text("section", \.section)
        $0.text("page", \.page); $0.bool("pageIsRange", \.pageIsRange)
    }
}

struct PagefindFilter: TemplateRecord {
    var name: String, value: String

    static let templateFields = TemplateFields<PagefindFilter> { $0.text("name", \.name); $0.text("value", \.value) }
}

struct ItemView: TemplateRecord {
    var typeLabel: String, kindLabel: String?, title: String, summary: String?, body: String, draft: Bool
    var chips: [ChipView]
    var source: SourceLineView?
    var cites: [TileView], citedBy: [TileView], related: [TileView]
    var pagefindFilters: [PagefindFilter]

    static let templateFields = TemplateFields<ItemView> {
        $0.text("typeLabel", \.typeLabel); $0.text("kindLabel", \.kindLabel); $0.text("title", \.title)
        $0.text("summary", \.summary); $0.html("body", \.body); $0.bool("draft", \.draft); $0.list("chips", \.chips)
        $0.object("source", \.source); $0.list("cites", \.cites); $0.list("citedBy", \.citedBy)
        $0.list("related", \.related); $0.list("pagefindFilters", \.pagefindFilters)
    }
}

/// A card page about the size of the site's (~7 KB of HTML).
enum CardSample {
    static func page() -> PageView {
        let navigation = ["Kaarten", "Conclusies", "Factsheets", "SWOT", "Publicaties", "Thema's"].enumerated().map {
            LinkView(label: $0.element, url: "/\($0.element.lowercased())/", current: $0.offset == 0)
        }
        let site = SiteView(title: "Kennisplatform Werk & Leven Lang Ontwikkelen", description: "Kennis over leven lang ontwikkelen",
                            language: "nl", copyright: "© 2024 Kennisplatform", navigation: navigation,
                            stylesheet: "/assets/site.1a2b3c.css", script: "/assets/site.4d5e6f.js", favicon: "/assets/favicon.svg")
        let meta = MetaView(title: "Geen tijd om te leren", home: false, description: "Werkenden noemen tijd als grootste drempel.",
                            canonical: "https://example.org/kaarten/geen-tijd/", ogType: "article",
                            jsonLD: #"{"@context":"https://schema.org","@type":"Article","name":"Geen tijd om te leren"}"#,
                            draft: false, page: nil)
        func tile(_ number: Int) -> TileView {
            let html = """
            <li class="tile" data-kind="les" data-theme="tijd scholing" data-group="werkenden" data-region="" data-sector="zorg" data-publication="rapport-2023">
              <p class="tile-type">Kaart · Les</p>
              <h3 class="tile-title"><a href="/kaarten/kaart-\(number)/">Kaart nummer \(number) over leren &amp; werken</a></h3>
              <p class="tile-summary">Een korte samenvatting van kaart \(number), zoals een tegel die toont.</p>
            </li>
            """
            return TileView(url: "/kaarten/kaart-\(number)/", title: "Kaart \(number)", summary: "Samenvatting \(number)",
                            typeLabel: "Kaart", kindLabel: "Les", draft: false, html: html)
        }
        let body = String(repeating: "<p>Werkenden die willen leren, noemen gebrek aan tijd als de grootste drempel: werk, zorg en reistijd laten weinig ruimte. Werkgevers die scholing in werktijd toestaan, zien meer deelname.</p>\n", count: 6)
        let item = ItemView(
            typeLabel: "Kaart", kindLabel: "Belemmering", title: "Geen tijd om te leren",
            summary: "Werkenden noemen tijd als grootste drempel om te leren, vóór geld en motivatie (\"te druk\").",
            body: body, draft: false,
            chips: ["tijd", "scholing", "werkenden", "zorg"].map { ChipView(taxonomy: "Thema", label: $0, url: "/themas/\($0)/") },
            source: SourceLineView(publicationTitle: "Leren in de praktijk", publicationURL: "/publicaties/leren/",
                                   publisher: "Panteia", year: "2023", section: "3.2", page: "14-15", pageIsRange: true),
            cites: (1...3).map(tile), citedBy: (4...6).map(tile), related: (7...8).map(tile),
            pagefindFilters: [PagefindFilter(name: "type", value: "Kaart"), PagefindFilter(name: "thema", value: "tijd"),
                              PagefindFilter(name: "thema", value: "scholing")])
        return PageView(site: site, meta: meta, item: item)
    }
}
