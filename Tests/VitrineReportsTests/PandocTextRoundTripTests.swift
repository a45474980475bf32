import CCmark
import Testing
@testable import VitrineReports
import VitrineTestSupport

/// `PandocText.inline` read back by libcmark: for random strings of Markdown punctuation,
/// Unicode, spaces, tabs and line breaks, the escaped text is one paragraph holding one text
/// node (adjacent text nodes merged, `CMARK_OPT_NORMALIZE`) whose literal is the original
/// with its line breaks and tabs folded into single spaces and the outer spaces dropped (as a
/// paragraph drops them). CommonMark's escapes and block starts are the ones Pandoc shares.
@Suite struct PandocTextRoundTripTests {
    static let pieces: [String] = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "^", "~", "$", "@", "&", "!", "(", ")",
                                   "{", "}", "-", "+", ".", "=", ":", "\"", "'", "%", "/", "1", "9", "0", "a", "Z", "é",
                                   "e\u{301}", "ĳ", "日本", "🎓", "\u{00A0}", " ", " ", "  ", "\t", "\n", "\r\n", "\u{2028}",
                                   "&amp;", "&#42;", "<br>", "http://x.nl", "1.", "1)", "- ", "+ ", "---", "***", "    ",
                                   "```", "~~~", "==", "[x]: /y", "![a](b)", "\\\n", "  \n", "a)", "B.", "B. ", "I. ", "iv.", "(1)", "(a)", ":::", "e.g."]

    /// What the reader sees of `text`: line breaks and tabs as single spaces, no outer spaces.
    static func expectedLiteral(_ text: String) -> String {
        var out = ""
        var lastWasSpace = false
        for character in text {
            if character.isNewline || character == "\t" {
                if !lastWasSpace && !out.isEmpty { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(character)
                lastWasSpace = character == " "
            }
        }
        return String(out.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// The paragraph's inlines as libcmark reads them: (type, literal) per child.
    static func inlines(_ markdown: String) -> (blocks: [String], inlines: [(String, String)]) {
        let root = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_NORMALIZE | CMARK_OPT_VALIDATE_UTF8)
        defer { cmark_node_free(root) }
        var blocks: [String] = []
        var inlines: [(String, String)] = []
        var block = cmark_node_first_child(root)
        while let node = block {
            blocks.append(String(cString: cmark_node_get_type_string(node)))
            if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
                var child = cmark_node_first_child(node)
                while let inline = child {
                    inlines.append((String(cString: cmark_node_get_type_string(inline)),
                                    cmark_node_get_literal(inline).map { String(cString: $0) } ?? ""))
                    child = cmark_node_next(inline)
                }
            }
            block = cmark_node_next(node)
        }
        return (blocks, inlines)
    }

    static func check(_ text: String) {
        let escaped = PandocText.inline(text)
        let expected = expectedLiteral(text)
        let read = inlines(escaped)
        if expected.isEmpty {
            #expect(read.blocks.isEmpty, "\(text.debugDescription) → \(escaped.debugDescription)")
            return
        }
        #expect(read.blocks == ["paragraph"] && read.inlines.count == 1 && read.inlines.first?.0 == "text"
                && read.inlines.first?.1 == expected,
                "\(text.debugDescription) → \(escaped.debugDescription) read as \(read.blocks) \(read.inlines)")
    }

    @Test func randomTextReadsBackAsOneTextNode() {
        var random = SeededGenerator(seed: 14)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in
                Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
            }.joined()
            Self.check(text)
        }
    }

    /// What the random test found (before the fix these opened a list, a rule and a code block).
    @Test func blockStartsFoundByTheRandomTestAreDefused() {
        #expect(PandocText.inline("-") == "\\-")
        #expect(PandocText.inline("+ ") == "\\+")
        #expect(PandocText.inline("---") == "\\---")
        #expect(PandocText.inline("- - -") == "\\- - -")
        #expect(PandocText.inline("-5 graden") == "-5 graden")
        #expect(PandocText.inline("--") == "--")
        #expect(PandocText.inline("    code") == "code")
        #expect(PandocText.inline("\n  - x") == "\\- x")
    }

    /// Pandoc's own block starts (not CommonMark's, so the libcmark round trip cannot see them).
    @Test func pandocBlockStartsAreDefused() {
        #expect(PandocText.inline("a) x") == "a\\) x")
        #expect(PandocText.inline("B) x") == "B\\) x")
        #expect(PandocText.inline("B.  x") == "B\\.  x")
        #expect(PandocText.inline("IV. x") == "IV\\. x")
        #expect(PandocText.inline("A. Auteur") == "A. Auteur")  // initials: Pandoc reads no list
        #expect(PandocText.inline("A.") == "A\\.")
        #expect(PandocText.inline("iv. x") == "iv\\. x")
        #expect(PandocText.inline("(1) x") == "\\(1) x")
        #expect(PandocText.inline("(a)") == "\\(a)")
        #expect(PandocText.inline(": x") == "\\: x")
        #expect(PandocText.inline("::: x") == "\\::: x")
        #expect(PandocText.inline("e.g. x") == "e.g. x")
        #expect(PandocText.inline("ab) x") == "ab) x")
        #expect(PandocText.inline("(1x") == "(1x")
    }

    /// Every piece alone, and between words, so a failure of the random test has a short twin.
    @Test func everyPieceAloneAndInsideWords() {
        for piece in Self.pieces {
            Self.check(piece)
            Self.check("a " + piece)
            Self.check(piece + " a")
            Self.check(piece + piece + piece)
        }
    }
}
