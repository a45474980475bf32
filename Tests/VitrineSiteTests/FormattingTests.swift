import Testing
@testable import VitrineSite
@testable import VitrineTemplates
import VitrineContent

@Suite struct FormattingTests {
    let dutch = ValueFormatter(strings: InterfaceStrings(language: "nl", labels: [:], months: [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]))

    @Test func dutchNumbers() {
        #expect(dutch.number(16073) == "16.073")
        #expect(dutch.number(1173443) == "1.173.443")
        #expect(dutch.value(48.6, unit: "%") == "48,6%")
        #expect(dutch.value(30000, unit: "euro") == "€ 30.000")
        #expect(dutch.value(12, unit: "personen") == "12 personen")
        #expect(dutch.number(-0.25) == "-0,25")
    }

    @Test func dutchDates() {
        #expect(dutch.date(ContentDate(year: 2023, month: 6, day: 7)!) == "7 juni 2023")
    }
}

@Suite struct TileViewTests {
    /// The template fields a tile declares are exactly what it shows and its HTML (and `t`, the
    /// interface strings), so a property cannot be added without templates seeing it.
    @Test func declaredFieldsAreTheStoredProperties() {
        let tile = TileView(.init(url: "/k/", title: "T", summary: nil, typeLabel: "Kaart", kindLabel: "Les", date: nil, draft: false,
                                  facetKind: "les", facetThemes: "a b", facetGroups: "", facetRegions: "", facetSectors: "",
                                  facetPublication: "p"), html: "<li></li>")
        #expect(Set(Mirror(reflecting: tile).children.compactMap(\.label)) == ["content", "html"])
        let labels = Set(Mirror(reflecting: tile.content).children.compactMap(\.label))
        let declared = Set(TileView.templateSchema.fields.map(\.name))
        #expect(declared == labels.union(["html", "t"]))
        guard let title = TileView.templateSchema.index(of: "title"), let summary = TileView.templateSchema.index(of: "summary") else {
            Issue.record("title and summary are declared")
            return
        }
        if case .text(let text) = tile.templateValue(at: title) { #expect(text == "T") } else { Issue.record("title is text") }
        if case .null = tile.templateValue(at: summary) {} else { Issue.record("a nil summary is an explicit null") }
    }
}

@Suite struct PartialDateFormattingTests {
    @Test func datesShowOnlyWhatIsKnown() throws {
        let dutch = ValueFormatter(strings: InterfaceStrings(language: "nl", labels: [:], months: [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]))
        #expect(dutch.date(try #require(ContentDate(parsing: "2020-11"))) == "november 2020")
        #expect(dutch.date(try #require(ContentDate(parsing: "2023"))) == "2023")
    }
}

@Suite struct SortFoldingTests {
    /// Lists sort by a folded title; the fast folding must equal Foundation's case- and
    /// diacritic-insensitive folding wherever it answers.
    @Test func equalsFoundationsFolding() {
        var samples = ["Één kaart", "Reëel coöperatie geïnvesteerd", "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ",
                       "Kaart 10: Tijdsdruk", "ĀāĂăĄąĆćČčĎďĒēĘęĚěĞğĪīİıŁłŃńŇňŌōŐőŘřŚśŠšŢţŤťŪūŮůŰűŹźŻżŽž", "ÆæØøß Œœ"]
        samples += (0xC0...0x17F).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        for text in samples {
            guard let fast = SortFolding.folded(text) else { continue }
            #expect(fast == text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil), "\(text)")
        }
        #expect(SortFolding.folded("Één kaart") == "een kaart")
    }
}
