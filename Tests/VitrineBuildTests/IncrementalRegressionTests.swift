import Foundation
import Testing

/// Sequences the random edit test found and shrank, kept (made readable) so that they stay
/// fixed: each is replayed with a full build compared after every step.
@Suite(.serialized) struct IncrementalRegressionTests {
    static let draftCard = """
        ---
        title: Geen tijd
        summary: Werk en zorg laten weinig tijd over.
        publication: rapport
        source: {section: "4.2", page: 12}
        kind: belemmering
        themes: [scholing]
        groups: [flexwerkers]
        draft: true
        ---
        Zie [de oplossing](card:flexibel-leren) en <card:flexibel-leren>.

        """

    static let draftConclusion = """
        ---
        title: Tijd is schaars
        summary: Gebrek aan tijd is de grootste drempel.
        publication: rapport
        number: "4.1"
        level: micro
        evidence: [card:geen-tijd, factsheet:cijfers]
        recommendations: [card:flexibel-leren]
        themes: [scholing]
        draft: true
        ---

        """

    /// Seed 14, step 26: the warnings about links to a draft (from the items that link to
    /// it) were reported once, then lost at the next save of another file, whose reload
    /// parses only that file.
    @Test func draftLinkWarningsOutliveTheNextSave() throws {
        let mismatch = try IncrementalReplay().run([
            .write("Content/cards/geen-tijd.md", Self.draftCard),
            .write("Content/assets/notitie-1.txt", "Notitie\n"),
        ])
        #expect(mismatch == nil, "\(mismatch.map(String.init(describing:)) ?? "")")
    }

    /// Seed 14, step 64: a report's warnings (an unpublished item left out, a section that
    /// selects nothing) are made while it is rendered, and were lost at the next run that did
    /// not render the report again.
    @Test func reportWarningsOutliveARunThatDoesNotRenderTheReport() throws {
        let links = try String(contentsOfFile: SiteBuildTests.templates + "/partials/links.mustache", encoding: .utf8)
        let mismatch = try IncrementalReplay().run([
            .write("Content/conclusions/tijd-is-schaars.md", Self.draftConclusion),
            .write("Templates/partials/links.mustache", links + "<!-- eigen -->\n"),
        ])
        #expect(mismatch == nil, "\(mismatch.map(String.init(describing:)) ?? "")")
    }
}
