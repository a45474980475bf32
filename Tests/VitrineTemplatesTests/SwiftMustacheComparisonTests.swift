import Foundation
import Testing
import VitrineContent
import VitrineTemplates

/// The repository's templates rendered by this engine and by swift-mustache (through
/// `TemplateSet`, what the site uses today) from the same data: the bytes must agree, so
/// switching engines changes no page.
@Suite struct SwiftMustacheComparisonTests {
    static let templates = TemplateFolderTests.repository.appendingPathComponent("Templates").path

    static let tile = #"""
    {"url": "/kaarten/a/", "title": "Tom & Jerry's \"kaart\"", "summary": "<kort>", "typeLabel": "Kaart", "kindLabel": "Les",
     "draft": true, "facetKind": "les", "facetThemes": "tijd geld", "facetGroups": "", "facetRegions": "", "facetSectors": "zorg",
     "facetPublication": "p1", "html": "<li class=\"tile\">A &amp; B</li>"}
    """#

    static let page = #"""
    {"site": {"title": "Kennisplatform", "description": "Over leren & werken", "language": "nl", "copyright": "© 2024",
              "baseURL": "https://example.org", "stylesheet": "/a.css", "script": "/a.js", "favicon": "/f.svg",
              "navigation": [{"label": "Kaarten", "url": "/kaarten/", "current": true}, {"label": "Thema's", "url": "/themas/", "current": false}]},
     "meta": {"title": "Geen tijd", "home": false, "description": "Tijd <is> schaars", "canonical": "https://example.org/k/",
              "path": "/k/", "ogType": "article", "jsonLD": "{\"a\": 1}", "draft": true},
     "item": {"key": "k", "type": "card", "typeLabel": "Kaart", "kindLabel": "Belemmering", "title": "Geen tijd",
              "summary": "Werkenden \"te druk\"", "body": "<p>Tekst &amp; meer</p>", "draft": false,
              "chips": [{"taxonomy": "Thema", "label": "tijd", "url": "/themas/tijd/"}],
              "source": {"publicationTitle": "Rapport", "publicationURL": "/p/", "publisher": "Panteia", "year": "2023",
                         "section": "3.2", "page": "14-15", "pageIsRange": true},
              "pagefindFilters": [{"name": "type", "value": "Kaart"}],
              "cites": [TILE], "citedBy": [], "related": [TILE, TILE]}}
    """#.replacingOccurrences(of: "TILE", with: tile)

    static let section = #"""
    {"labels": {"report_emptySection": "Leeg", "source": "Bron", "report_repeated": "Zie"},
     "pageBreak": true, "sectionHashes": "#", "sectionTitle": "Hoofdstuk & zo", "sectionAnchor": "h1", "sectionIntro": "Intro",
     "isEmpty": false,
     "items": [{"itemHashes": "##", "itemTitle": "Kaart", "itemAnchor": "k", "lead": "Lead <b>", "sourceNote": "Noot",
                "facts": [{"factLabel": "Thema", "factValue": "tijd", "last": false}, {"factLabel": "Jaar", "factValue": "2023", "last": true}],
                "body": "Body", "linkLists": []}],
     "subsections": [{"pageBreak": false, "sectionHashes": "##", "sectionTitle": "Sub", "sectionAnchor": "s", "isEmpty": true,
                      "items": [], "subsections": []}]}
    """#

    static let misc = #"""
    {"sitemap": "https://example.org/sitemap.xml",
     "urls": [{"loc": "https://example.org/", "lastmod": "2024-01-01"}, {"loc": "https://example.org/a&b/"}],
     "title": "Feed & zo", "id": "urn:x", "selfURL": "https://example.org/feed.xml", "siteURL": "https://example.org/",
     "updated": "2024-01-01", "entries": [{"typeLabel": "Kaart", "title": "A <b>", "url": "/a/", "updated": "2024", "summary": "S"}]}
    """#

    func data(_ json: String, withStrings: Bool) throws -> SpecJSON {
        var value = try JSONDecoder().decode(SpecJSON.self, from: Data(json.utf8))
        guard withStrings, case .object(var fields) = value else { return value }
        let strings = try TemplateSet.load(directory: Self.templates, language: "nl").get().strings
        fields["t"] = .object(strings.labels.mapValues { .string($0) })
        value = .object(fields)
        return value
    }

    @Test(arguments: [
        ("html/card", page, true), ("html/404", page, true), ("partials/tile-body", tile, true),
        ("markdown/section", section, false), ("xml/sitemap", misc, false), ("xml/feed", misc, false),
        ("text/robots", misc, false),
    ])
    func sameBytesAsSwiftMustache(_ template: String, _ json: String, _ withStrings: Bool) throws {
        let value = try data(json, withStrings: withStrings)
        let old = try TemplateSet.load(directory: Self.templates, language: "nl").get()
        let expected = try #require(old.render(value.foundationValue, template: template))
        let library = TemplateLibrary(directory: Self.templates, language: "nl")
        let output = try library.render(value.dictionary, template: template)
        #expect(output == expected, "\(template)")
        #expect(output.count > 40)
    }
}

/// The typed path: html/card of Fixtures/card rendered from the site's views (typed
/// frames, fields by index) and by swift-mustache from the same structs through Mirror.
@Suite struct TypedComparisonTests {
    /// What swift-mustache reads: the page with its strings as a stored dictionary.
    struct MirroredPage {
        var site: SiteView
        var t: [String: String]
        var meta: MetaView
        var item: ItemView?
    }

    @Test func cardPageSameBytesAsSwiftMustache() throws {
        let directory = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/card").path
        let old = try TemplateSet.load(directory: directory, language: "nl").get()
        var page = CardSample.page()
        page.item?.cites[1].summary = nil
        page.item?.source?.section = nil
        let mirrored = MirroredPage(site: page.site, t: old.strings.labels, meta: page.meta, item: page.item)
        let expected = try #require(old.render(mirrored, template: "html/card"))
        let output = try TemplateLibrary(directory: directory, language: "nl").render(page, template: "html/card")
        #expect(output == expected)
    }
}

extension SpecJSON {
    /// The same data as swift-mustache reads it: dictionaries, arrays and scalars.
    var foundationValue: Any {
        switch self {
        case .null: return TemplateContext.text(nil)
        case .bool(let value): return value
        case .int(let value): return value
        case .double(let value): return value
        case .string(let value): return value
        case .array(let values): return values.map(\.foundationValue)
        case .object(let fields): return fields.mapValues(\.foundationValue)
        }
    }
}
