import Foundation
import Testing
@testable import VitrineContent

@Suite struct GraphTests {
    @Test func validFixtureLoadsWithoutDiagnostics() throws {
        let result = try Fixtures.load()
        #expect(result.diagnostics.isEmpty)
        let graph = try #require(result.graph)
        #expect(graph.itemCount == 8)
        #expect(graph.items(.card).map(\.id) == ["flexibel-leren", "geen-tijd"])
        #expect(graph.items(.page).map(\.id) == ["index", "over"])
        #expect(graph.reports.map(\.id) == ["dossier"])
        #expect(graph.site.baseURL == "https://test.example.nl/")
    }

    @Test func referencesResolveInBothDirections() throws {
        let graph = try #require(try Fixtures.load().graph)
        let card = ItemKey(.card, "geen-tijd")
        #expect(graph.outgoing(card) == [ItemKey(.publication, "rapport"), ItemKey(.card, "flexibel-leren")])
        #expect(graph.backlinks(card) == [ItemKey(.card, "flexibel-leren"), ItemKey(.conclusion, "tijd-is-schaars")])
        #expect(graph.backlinks(ItemKey(.card, "flexibel-leren"))
                == [ItemKey(.card, "geen-tijd"), ItemKey(.conclusion, "tijd-is-schaars"), ItemKey(.swot, "matrix")])
        #expect(graph.itemsCiting(publication: "rapport").count == 5)
    }

    @Test func taxonomyMembership() throws {
        let graph = try #require(try Fixtures.load().graph)
        #expect(graph.members(TermKey(.theme, "scholing")).map(\.description)
                == ["card:flexibel-leren", "card:geen-tijd", "conclusion:tijd-is-schaars", "factsheet:cijfers", "swot:matrix"])
        #expect(graph.members(TermKey(.kind, "oplossing")) == [ItemKey(.card, "flexibel-leren")])
        #expect(graph.members(TermKey(.region, "almere")) == [ItemKey(.card, "flexibel-leren")])
        #expect(graph.taxonomies.terms(.kind).map(\.plural) == ["Belemmeringen", "Oplossingen"])
    }

    @Test func itemsInheritTheirPublicationsDate() throws {
        let graph = try #require(try Fixtures.load().graph)
        #expect(graph.item(ItemKey(.card, "geen-tijd"))?.date?.description == "2023-06-07")
    }

    @Test func factsheetValuesAreNumbers() throws {
        let graph = try #require(try Fixtures.load().graph)
        guard case .factsheet(let sheet) = graph.item(ItemKey(.factsheet, "cijfers"))?.details else {
            Issue.record("not a factsheet"); return
        }
        #expect(sheet.figures.map(\.value) == [16073, 18])
        #expect(sheet.figures[1].page == "7-8")
        #expect(sheet.tables[0].rows[0] == [.text("15-25"), .number(20.5), .number(18)])
        #expect(sheet.tables[0].chart == .bar)
    }

    @Test func draftsAreDroppedWithTheirLinks() throws {
        let folder = try Fixtures.assemble("warnings")
        let graph = try #require(ContentLoader(directory: folder.path, displayPath: "Content").load().graph)
        #expect(graph.item(ItemKey(.card, "los")) != nil)
        #expect(graph.withoutDrafts().item(ItemKey(.card, "los")) == nil)
    }

    @Test(arguments: [("2024-02-29", true), ("2023-02-29", false), ("2023-13-01", false), ("23-01-01", false)])
    func dates(_ text: String, _ valid: Bool) {
        #expect((ContentDate(parsing: text) != nil) == valid)
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "scholng", among: ["scholing", "werkgevers"]) == "scholing")
        #expect(Suggestion.closest(to: "xyz", among: ["scholing"]) == nil)
        #expect(Identifier.suggestion(for: "Geen_Tijd Één") == "geen-tijd-een")
    }
}

/// A reload that reuses the previous load must give the same graph and diagnostics as a load
/// from scratch.
@Suite struct IncrementalLoadTests {
    func compare(_ a: ContentGraph, _ b: ContentGraph) {
        #expect(a.allKeys == b.allKeys)
        for key in a.allKeys {
            #expect(a.outgoing(key) == b.outgoing(key), "outgoing \(key)")
            #expect(a.backlinks(key) == b.backlinks(key), "backlinks \(key)")
            #expect(a.item(key) == b.item(key), "item \(key)")
        }
        for taxonomy in TaxonomyName.allCases {
            for term in a.taxonomies.terms(taxonomy) {
                #expect(a.members(TermKey(taxonomy, term.id)) == b.members(TermKey(taxonomy, term.id)))
            }
        }
    }

    @Test(arguments: [
        ("cards/flexibel-leren.md", "related: [card:geen-tijd]", "related: []"),
        ("cards/geen-tijd.md", "themes: [scholing]", "themes: [werkgevers]"),
        ("cards/geen-tijd.md", "title: Geen tijd", "title: Te weinig tijd"),
        ("cards/geen-tijd.md", "groups: [flexwerkers]", "groups: [flexwerkers]\ndraft: true"),
        ("conclusions/tijd-is-schaars.md", "evidence: [card:geen-tijd, factsheet:cijfers]", "evidence: [card:onbekend]"),
    ])
    func reloadEqualsFreshLoad(_ file: String, _ old: String, _ new: String) throws {
        let folder = try Fixtures.assemble(nil)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let loader = ContentLoader(directory: folder.path, displayPath: "Content")
        let first = loader.load()
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        let reloaded = loader.load(reusing: first.cache, previous: first.graph)
        let fresh = loader.load()
        #expect(reloaded.cache.parsedCount == 1)
        #expect(reloaded.diagnostics == fresh.diagnostics)
        if let a = reloaded.graph, let b = fresh.graph { compare(a, b) }
    }
}

@Suite struct PartialDateTests {
    @Test(arguments: [("2023", "2023", ContentDate.Precision.year), ("2020-11", "2020-11", .month), ("2023-06-07", "2023-06-07", .day)])
    func parsesAsPreciseAsWritten(_ text: String, _ shown: String, _ precision: ContentDate.Precision) throws {
        let date = try #require(ContentDate(parsing: text))
        #expect(date.description == shown)
        #expect(date.precision == precision)
    }

    @Test func rejectsWhatIsNotADate() {
        for text in ["2023-13", "23", "2023-1", "2023-02-30", "2023-06-07-01", ""] {
            #expect(ContentDate(parsing: text) == nil, "\(text)")
        }
    }

    @Test func feedsGetTheFirstDayOfThePeriod() throws {
        #expect(try #require(ContentDate(parsing: "2020-11")).fullDate == "2020-11-01")
        #expect(try #require(ContentDate(parsing: "2023")).fullDate == "2023-01-01")
    }
}
