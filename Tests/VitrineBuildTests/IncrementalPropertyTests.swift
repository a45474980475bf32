import Foundation
import Testing

/// Incremental equals full, over random edit sequences: from a fixed seed, a few hundred
/// edits of every kind the preview sees (items added, edited, renamed and removed, drafts,
/// references broken and fixed, taxonomy labels and terms, templates, strings and assets
/// overridden and restored, site.yml), and after every one the preview's session gives the
/// same diagnostics and the same files as a full build. A failure is shrunk to a minimal
/// sequence, printed as Swift to keep as a test.
///
/// `VITRINE_PROPERTY_STEPS` and `VITRINE_PROPERTY_SEED` run it longer or from another seed.
@Suite(.serialized) struct IncrementalPropertyTests {
    static let environment = ProcessInfo.processInfo.environment
    static let steps = environment["VITRINE_PROPERTY_STEPS"].flatMap(Int.init) ?? 200
    static let seed = environment["VITRINE_PROPERTY_SEED"].flatMap(UInt64.init) ?? 14

    @Test func incrementalEqualsFullOverRandomEdits() throws {
        try check(steps: Self.steps, extraCards: 0)
    }

    /// The same on a site whose lists run to a second page (52 cards in one theme and kind),
    /// where a title edit moves items between pages: fewer steps, each build is larger.
    @Test func incrementalEqualsFullOnPaginatedLists() throws {
        try check(steps: Self.steps / 2, extraCards: 50)
    }

    /// The same with drafts shown (`vitrine serve --drafts`): drafts are pages with a badge.
    @Test func incrementalEqualsFullWithDrafts() throws {
        try check(steps: Self.steps / 4, extraCards: 0, drafts: true)
    }

    func check(steps: Int, extraCards: Int, drafts: Bool = false) throws {
        let started = Date()
        let replay = try IncrementalReplay(extraCards: extraCards, drafts: drafts)
        var generator = try SiteEditGenerator(seed: Self.seed, files: replay.files(),
                                              theme: URL(fileURLWithPath: SiteBuildTests.templates))
        let edits = (0..<steps).map { _ in generator.next() }
        let mismatch = try replay.run(edits)
        // What the edits touched, by folder (and by file for the two configuration files).
        let touched = Dictionary(grouping: edits.flatMap(\.paths)) { path in
            path.hasSuffix(".yml") && path.hasPrefix("Content/") && path.split(separator: "/").count == 2
                ? path : path.split(separator: "/").prefix(2).joined(separator: "/")
        }.mapValues(\.count).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("property: edits touched \(touched)")
        print("property: seed \(Self.seed), \(extraCards) extra cards\(drafts ? ", drafts" : ""), \(steps) edits, \(replay.tally.steps) runs compared "
              + "(\(replay.tally.succeeded) builds succeeded, \(replay.tally.failed) failed on purpose: \(replay.tally.errors.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))) "
              + "in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        guard let mismatch else { return }
        let (minimal, last) = try IncrementalReplay.shrink(edits, failingAt: mismatch.step, extraCards: extraCards, drafts: drafts)
        Issue.record("""
            incremental differs from full \(mismatch); shrunk to \(minimal.count) edits, \(last):
            [
            \(minimal.map { "    \($0)," }.joined(separator: "\n"))
            ]
            """)
    }

    /// The generator itself: the same seed gives the same edits, and most edits leave a site
    /// that builds (else the comparison would mostly compare error messages).
    @Test func theSameSeedGivesTheSameEdits() throws {
        let replay = try IncrementalReplay()
        let theme = URL(fileURLWithPath: SiteBuildTests.templates)
        var first = try SiteEditGenerator(seed: 7, files: replay.files(), theme: theme)
        var second = try SiteEditGenerator(seed: 7, files: replay.files(), theme: theme)
        let a = (0..<50).map { _ in first.next() }, b = (0..<50).map { _ in second.next() }
        #expect(a == b)
        #expect(Set(a.map(\.paths)).count > 20)
    }
}
