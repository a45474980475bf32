import Foundation
import Testing
@testable import VitrineReports
import VitrineTestSupport

/// `PandocText.inline` read back by the real Pandoc (`make venv` installs Pandoc 3 into `.venv`),
/// the way the dossiers are converted (`--from=markdown`): each escaped text, after a paragraph,
/// is one paragraph again, never a list, a definition, a div or a code block. Pandoc's
/// extensions start blocks that CommonMark does not (`a) x`, `(1) x`, `: x`, `::: x`), so the
/// libcmark round trip alone could not find them.
@Suite struct PandocTextPandocTests {
    @Test func randomTextStaysOneParagraphForPandoc() throws {
        var random = SeededGenerator(seed: 14)
        var texts = PandocTextRoundTripTests.pieces.flatMap { [$0 + " x", "(" + $0 + ") x", $0 + ". x", $0 + ") x"] }
        for _ in 0..<2_000 {
            texts.append((0..<Int.random(in: 1...6, using: &random)).map { _ in
                PandocTextRoundTripTests.pieces[Int.random(in: 0..<PandocTextRoundTripTests.pieces.count, using: &random)]
            }.joined())
        }
        let escaped = texts.map(PandocText.inline).filter { !$0.isEmpty }
        // A plain paragraph before each: a definition (`: x`) needs one to attach to.
        let markdown = escaped.map { "Tekst.\n\n\($0)\n\n" }.joined()
        let blocks = try Self.pandocBlocks(markdown)
        #expect(blocks.count == 2 * escaped.count)
        for (index, text) in escaped.enumerated() where 2 * index + 1 < blocks.count {
            #expect(blocks[2 * index + 1] == "Para", "\(text.debugDescription) read as \(blocks[2 * index + 1])")
        }
    }

    /// The type of each top-level block Pandoc reads in `markdown`.
    static func pandocBlocks(_ markdown: String) throws -> [String] {
        let tools = try ReportTools.locate(for: .docx).get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-pandoctext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(markdown.utf8).write(to: folder.appendingPathComponent("text.md"))
        let run = try ToolRun.run(tools.pandoc, ["text.md", "--from=markdown", "--to=json"], in: folder.path).get()
        try #require(run.status == 0, "pandoc: \(run.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let blocks = try #require(document["blocks"] as? [[String: Any]])
        return blocks.map { $0["t"] as? String ?? "?" }
    }
}
