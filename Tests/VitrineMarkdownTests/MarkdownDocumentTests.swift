import Testing
@testable import VitrineMarkdown

@Suite struct MarkdownDocumentTests {
    @Test func findsLinksWithPositions() {
        let doc = MarkdownDocument("# Kop\n\nEen [kaart](card:geen-tijd) en\n<card:flex> hier.\n")
        let links = doc.links()
        #expect(links.map(\.destination) == ["card:geen-tijd", "card:flex"])
        #expect(links[0].position == MarkdownPosition(line: 3, column: 13))
        #expect(links[1].position == MarkdownPosition(line: 4, column: 2))
        #expect(links[1].isAutolink)
        #expect(!links[0].isAutolink)
    }
}
