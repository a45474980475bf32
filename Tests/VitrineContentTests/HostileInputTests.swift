import Foundation
import Testing
@testable import VitrineContent

/// Input no one writes on purpose (issue 14's list): each gives its exact diagnostic, with a
/// position where one exists, and the load ends; nothing hangs, nothing crashes.
@Suite final class HostileInputTests {
    let folder: URL
    init() throws { folder = try Fixtures.assemble(nil) }
    deinit { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }

    func card(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent("cards/\(name)"))
    }

    /// The diagnostics of the load, in English, as `vitrine check` prints them, without the summary.
    func diagnostics() -> [String] {
        let result = ContentLoader(directory: folder.path, displayPath: "Content").load()
        return result.diagnostics.sortedForDisplay().map { $0.localized(to: .en) }
    }

    static let head = "---\ntitle: Lang\nsummary: Een lange lijst.\npublication: rapport\nkind: belemmering\n"

    /// A list longer than any the format needs is one error at its field, read no further: a
    /// million unknown terms would otherwise be a million diagnostics.
    @Test func aListOfTooManyEntriesIsOneError() throws {
        let entries = (0..<(FieldReader.maximumEntries + 1)).map { "  - t\($0)\n" }.joined()
        try card("lang.md", Self.head + "themes:\n" + entries + "---\nTekst.\n")
        #expect(diagnostics() == [
            "Content/cards/lang.md:1:1: warning: card 'lang' has no themes, groups, regions or sectors and no item links to it (add a theme, or link to it from a related item)",
            "Content/cards/lang.md:7:3: error: 'themes' has 10001 entries, more than the 10000 a list may have; the field is left out",
        ])
    }

    @Test func aTableOfTooManyRowsIsOneError() throws {
        let rows = (0...FieldReader.maximumEntries).map { "      - [r\($0), 1]\n" }.joined()
        let text = "---\ntitle: Tabel\nsummary: Veel rijen.\npublication: rapport\nthemes: [scholing]\ntables:\n"
            + "  - caption: Rijen\n    columns: [naam, aantal]\n    rows:\n" + rows + "---\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("factsheets/rijen.md"))
        #expect(diagnostics() == [
            "Content/factsheets/rijen.md:10:7: error: 'rows' has 10001 entries, more than the 10000 a list may have; the field is left out",
        ])
    }

    /// One term named a million times is one warning and one membership.
    @Test func aRepeatedTermCountsOnce() throws {
        try card("lang.md", Self.head + "themes: [" + Array(repeating: "scholing", count: 5_000).joined(separator: ", ") + "]\n---\nTekst.\n")
        #expect(diagnostics() == ["Content/cards/lang.md:6:20: warning: 'scholing' is listed 5000 times in 'themes'; it counts once"])
        let graph = try #require(ContentLoader(directory: folder.path, displayPath: "Content").load().graph)
        #expect(graph.item(ItemKey(.card, "lang"))?.terms[.theme] == ["scholing"])
    }

    @Test func nestingTenThousandDeepIsAYAMLError() throws {
        try card("diep.md", Self.head + "themes: [scholing]\nnested: " + String(repeating: "[", count: 10_000)
                 + String(repeating: "]", count: 10_000) + "\n---\n")
        #expect(diagnostics() == [
            "Content/cards/diep.md:7:10: error: invalid YAML: Maximum nesting level reached, set with yaml_set_max_nest_level()) while parsing",
        ])
    }

    @Test func aFileNameThatIsNotUTF8IsAnInvalidID() throws {
        // Foundation cannot name such a file; open(2) takes the bytes as they are.
        let path = Array(folder.appendingPathComponent("cards").path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".md".utf8) + [0]
        let descriptor = path.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        try #require(descriptor >= 0)
        close(descriptor)
        #expect(diagnostics() == [
            "Content/cards/bad\u{FFFD}.md:1:1: error: invalid id 'bad\u{FFFD}': use only lowercase letters a-z, digits and hyphens (rename the file to 'bad.md')",
        ])
    }

    /// Links are not followed (a loop cannot trap the walk, a link cannot read outside
    /// `Content/`), and a FIFO is never opened (it would block the load for good).
    @Test func linksFIFOsAndDevicesAreSkipped() throws {
        let cards = folder.appendingPathComponent("cards")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: cards.appendingPathComponent("lus-a.md").path, withDestinationPath: "lus-b.md")
        try manager.createSymbolicLink(atPath: cards.appendingPathComponent("lus-b.md").path, withDestinationPath: "lus-a.md")
        try manager.createSymbolicLink(atPath: cards.appendingPathComponent("buiten.md").path, withDestinationPath: "/etc/passwd")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("map-lus").path, withDestinationPath: ".")
        #expect(mkfifo(cards.appendingPathComponent("pijp.md").path, 0o644) == 0)
        // A device file needs root; /dev/null reached through a link is the same case for the walk.
        try manager.createSymbolicLink(atPath: cards.appendingPathComponent("apparaat.md").path, withDestinationPath: "/dev/null")
        #expect(diagnostics() == [
            "Content/cards/apparaat.md:1:1: warning: ignored: not a regular file",
            "Content/cards/buiten.md:1:1: warning: ignored: not a regular file",
            "Content/cards/lus-a.md:1:1: warning: ignored: not a regular file",
            "Content/cards/lus-b.md:1:1: warning: ignored: not a regular file",
            "Content/cards/pijp.md:1:1: warning: ignored: not a regular file",
            "Content/map-lus:1:1: warning: unknown entry 'map-lus' is ignored",
        ])
    }

    /// A file listed by the walk and gone when it is read.
    @Test func aFileThatVanishesIsUnreadable() {
        let gone = folder.appendingPathComponent("cards/weg.md")
        let result = SourceText.read(url: gone, displayPath: "Content/cards/weg.md")
        guard case .failure(let diagnostic) = result else { Issue.record("read a file that is not there"); return }
        #expect(diagnostic.localized(to: .en) == "Content/cards/weg.md:1:1: error: cannot read file: No such file or directory")
    }

    @Test func anItemInItsOwnRelatedListIsLeftOut() throws {
        try card("zelf.md", Self.head + "themes: [scholing]\nrelated: [card:zelf, card:geen-tijd]\n---\nZie [mij](card:zelf).\n")
        #expect(diagnostics() == ["Content/cards/zelf.md:7:11: warning: 'card:zelf' in 'related' is this item itself; it is left out"])
        let graph = try #require(ContentLoader(directory: folder.path, displayPath: "Content").load().graph)
        let links = graph.outgoing(ItemKey(.card, "zelf"))
        #expect(links.contains(ItemKey(.card, "geen-tijd")) && !links.contains(ItemKey(.card, "zelf")))
    }

    /// A 5 MB body (the build test measures 50 MB, see docs/reliability.md) loads like any other.
    @Test func aLongBodyLoads() throws {
        let paragraph = String(repeating: "werk en scholing ", count: 60) + "\n\n"
        try card("lang.md", Self.head + "themes: [scholing]\n---\n" + String(repeating: paragraph, count: 5_000_000 / paragraph.utf8.count))
        #expect(diagnostics() == [])
    }
}
