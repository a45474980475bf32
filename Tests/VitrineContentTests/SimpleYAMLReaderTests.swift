import Foundation
import Testing
import Yams
@testable import VitrineContent
import VitrineTestSupport

/// `SimpleYAMLReader` must make exactly Yams's tree (marks included) of every text it takes,
/// and leave every text outside its subset to Yams.
struct SimpleYAMLReaderTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The YAML of every content file under `folder`: items' front matter, whole `.yml` files.
    static func yamlTexts(under folder: URL) -> [(path: String, yaml: String)] {
        var texts: [(String, String)] = []
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            let name = url.lastPathComponent
            guard name.hasSuffix(".md") || name.hasSuffix(".yml"),
                  let data = FileManager.default.contents(atPath: url.path),
                  case .success(let source) = SourceText.decode(data, displayPath: url.path) else { continue }
            if name.hasSuffix(".yml") {
                texts.append((url.path, source.text))
            } else if case .success(let document) = FrontMatterDocument.split(source) {
                texts.append((url.path, document.yaml))
            }
        }
        return texts.sorted { $0.0 < $1.0 }
    }

    // MARK: Real content

    @Test func readsTheShippedContentAsYamsDoes() {
        let texts = Self.yamlTexts(under: Self.repository.appendingPathComponent("Content"))
        #expect(texts.count > 400)
        var taken: [String] = []
        var left: [String] = []
        for (path, yaml) in texts {
            switch YAMLTreeComparison.compare(yaml) {
            case .same: taken.append(path)
            case .notMine: left.append(path)
            case .different(let difference): Issue.record("\(path): \(difference)")
            }
        }
        // The subset is the one the content is written in: nearly every file stays on the fast path.
        let items = texts.filter { $0.path.hasSuffix(".md") }.count
        #expect(taken.filter { $0.hasSuffix(".md") }.count >= items * 98 / 100, "left to Yams: \(left)")
    }

    @Test func readsEveryFixtureAsYamsDoes() throws {
        let texts = Self.yamlTexts(under: Fixtures.root)
        #expect(texts.count > 30)
        var taken = 0
        for (path, yaml) in texts {
            switch YAMLTreeComparison.compare(yaml) {
            case .same: taken += 1
            case .notMine: break
            case .different(let difference): Issue.record("\(path): \(difference)")
            }
        }
        #expect(taken > texts.count / 2)
        // The broken YAML fixture is Yams's to report.
        let broken = Self.yamlTexts(under: Fixtures.root.appendingPathComponent("broken/yaml-syntax"))
        #expect(!broken.isEmpty)
        for (_, yaml) in broken { #expect(YAMLTreeComparison.compare(yaml) == .notMine) }
    }

    // MARK: Constructs of the subset

    static let constructs: [String] = [
        "",
        "# only a comment\n\n   # and another",
        "title: Een titel",
        "title: Een titel   ",
        "title: Een titel # with a comment",
        "title: a#b",
        "title: a:b",
        "title: card:geen-tijd",
        "title: a, b [c] {d}",
        "title: Rock & roll, *not* an alias, !not a tag",
        "title: a  b   c",
        "title: -5",
        "title: 12-14",
        "title: 2023-06-07",
        "title: ~",
        "title: reëel één 😀 Ⅻ",
        "title: ",
        "title: \"Kaart 0: tijdsdruk\"",
        "title: \"\"",
        "title: \"  spaced  \"",
        "title: \"a # not a comment\" # a comment",
        "title: \"\\0\\a\\b\\t\\n\\v\\f\\r\\e\\ \\\"\\/\\\\\\N\\_\\L\\P\"",
        "title: \"\\x41\\u00e9\\U0001F600\\u2028\"",
        "title: \"\\x00 \\u0000\"",
        "a: 1\nb:",
        "a: 1\nb:\n# c",
        "a:\n  b:",
        "title: 'it''s'",
        "title: ''",
        "title: 'a \"b\" # c'",
        "title: 'é''é'",
        "themes: [a, b, c]",
        "themes: []",
        "themes: [ ]",
        "themes: [ a ,b  ,  c ]",
        "themes: [\"a, b\", 'c', d e, card:x, -1, a#b]",
        "themes: [é, ü] # comment",
        "source: {section: \"1.1\", page: 1}",
        "source: {}",
        "source: { section: 'a', page: 12-14 , note: a b }",
        "figures:\n  - label: a\n    value: 1\n  - label: b\n    value: 2",
        "figures:\n- label: a\n  value: 1\n- label: b\ntitle: x",
        "figures:\n  -   label: a\n      value: 1",
        "rows:\n  - [a, 1]\n  - [\"b\", 2]",
        "figures:\n  - {label: a, value: 1}\n  - {label: 'b', value: 2.5}",
        "strengths:\n  - \"Een\"\n  - 'Twee'\n  - drie\n  - text: vier\n    ref: card:x",
        "tables:\n  - caption: x\n    columns: [a, b]\n    rows:\n      - [1, 2]\n      - [3, 4]\n  - caption: y",
        "tables:\n  - caption: x\n    rows:\n    - [1, 2]\n    - [3, 4]\n    unit: \"%\"",
        "source:\n  section: a\n  page: 3\ntitle: b",
        "a:\n    b:\n        c: d\n    e: f\ng: h",
        "draft:\ntitle: x",
        "draft: # nothing\n\n# comment\ntitle: x",
        "a:\n  b:\n  c: d",
        "a:\n  - b: \n  - c",
        "a:\n  - b:\n  - c",
        "a: 1\n\n\n# trailing comment\n",
        "a: 1\n   \n",
        "é: 1\nkey with spaces: 2\nx_y: 3\na-b: 4\na.b: 5",
        "summary: Er staat 'quote' en \"dubbel\" in",
        "a: [x]   # c\nb: {y: z}  #c",
        "ä: [ö, 'ü', \"ß\"]\nb: {ç: ñ}",
    ]

    @Test(arguments: constructs)
    func readsEachConstructAsYamsDoes(_ yaml: String) {
        let outcome = YAMLTreeComparison.compare(yaml)
        if case .different(let difference) = outcome { Issue.record("\(yaml.debugDescription): \(difference)") }
    }

    @Test func resolvesKeysWithTheResolverItIsGiven() {
        let yaml = "yes: 1\n12: [a]\n~: {1.5: x, on: 'y'}\ntitle: z"
        #expect(YAMLTreeComparison.compare(yaml, resolver: .default) == .same)
        #expect(YAMLTreeComparison.compare(yaml, resolver: .basic) == .same)
    }

    @Test func takesTheSubsetItself() {
        // Not vacuous: the constructs above are read by the reader, not handed on.
        let left = Self.constructs.filter { YAMLTreeComparison.compare($0) != .same }
        #expect(left.isEmpty, "left to Yams: \(left)")
    }

    // MARK: Outside the subset

    static let fallbacks: [String: String] = [
        "anchor": "a: &x b",
        "alias": "a: b\nc: *x",
        "tag": "a: !!str 1",
        "local tag": "a: !x b",
        "literal block scalar": "a: |\n  x\n  y",
        "folded block scalar": "a: >\n  x",
        "multi-line plain scalar": "a: b\n  c",
        "multi-line plain scalar after a comment": "a: b\n# c\n  d: e",
        "multi-line double-quoted scalar": "a: \"b\n  c\"",
        "multi-line single-quoted scalar": "a: 'b\n  c'",
        "escaped line break": "a: \"b\\\n  c\"",
        "multi-line flow sequence": "a: [b,\n  c]",
        "multi-line flow mapping": "a: {b: c,\n  d: e}",
        "comment inside a flow sequence": "a: [b, # c\n  d]",
        "tab in indentation": "a:\n\tb: c",
        "tab in a value": "a: b\tc",
        "carriage return": "a: b\r\nc: d",
        "merge key": "a: {b: c}\n<<: {d: e}",
        "odd indentation of a key": "a:\n  b: 1\n c: 2",
        "deeper line after a mapping": "a:\n  b: 1\n    c: 2",
        "odd indentation in a sequence": "a:\n  - b\n   - c",
        "duplicate key": "a: 1\nb: 2\na: 3",
        "duplicate key in a nested mapping": "x:\n  a: 1\n  a: 2",
        "duplicate key in a flow mapping": "a: {b: 1, b: 2}",
        "duplicate key by canonical equivalence": "\u{E9}: 1\ne\u{301}: 2",
        "quoted key": "\"a\": b",
        "single-quoted key": "'a': b",
        "quoted key in a sequence": "a:\n  - \"b\": c",
        "complex key": "? a\n: b",
        "escaped byte order mark": "a: \"\\uFEFF\"",
        "empty sequence entry": "a:\n  -\n  - b",
        "sequence entry on the next line": "a:\n  -\n    b: c",
        "nested block sequence": "a:\n  - - b",
        "nested flow sequence": "a: [[b], c]",
        "flow mapping in a flow sequence": "a: [{b: c}]",
        "flow sequence in a flow mapping": "a: {b: [c]}",
        "trailing comma": "a: [b, c, ]",
        "empty flow entry": "a: [b, , c]",
        "flow mapping entry without value": "a: {b, c: d}",
        "flow mapping with an empty value": "a: {b: , c: d}",
        "single-pair mapping in a flow sequence": "a: [b: c]",
        "colon before a flow indicator": "a: [b:, c]",
        "document start marker": "---\na: b",
        "document end marker": "a: b\n...",
        "directive": "%YAML 1.1\n---\na: b",
        "root sequence": "- a\n- b",
        "mapping value inside a plain value": "summary: Één twee, drie: vier? Nee",
        "root scalar": "just text",
        "root flow mapping": "{a: b}",
        "indented root": "  a: b\n  c: d",
        "mapping value in a value": "a: b: c",
        "key without a space after the colon": "a:b",
        "text after a quoted scalar": "a: \"b\" c",
        "text after a flow sequence": "a: [b] c",
        "comment without a space": "a: \"b\"#c",
        "unclosed single quote": "a: 'b",
        "unclosed double quote": "a: \"b",
        "unclosed flow sequence": "a: [b, c",
        "unknown escape": "a: \"\\q\"",
        "short hex escape": "a: \"\\x4\"",
        "surrogate escape": "a: \"\\uD800\"",
        "escape beyond Unicode": "a: \"\\U00110000\"",
        "byte order mark inside": "a: \u{FEFF}b",
        "next line character": "a: b\u{85}c",
        "line separator": "a: b\u{2028}c",
        "C1 control character": "a: b\u{90}c",
        "NUL character": "a: b\u{0}c",
        "key of 600 bytes": String(repeating: "k", count: 600) + ": v",
        "value starting with a block indicator": "a: - b",
        "value starting with a reserved indicator": "a: @b",
        "value starting with a backquote": "a: `b`",
        "value starting with a question mark": "a: ?b",
    ]

    @Test(arguments: fallbacks.keys.sorted())
    func leavesToYams(_ name: String) {
        let yaml = Self.fallbacks[name] ?? ""
        #expect(YAMLTreeComparison.compare(yaml) == .notMine, "\(name): \(yaml.debugDescription)")
    }

    @Test func leavesNestingBeyondItsDepthToYams() {
        var yaml = ""
        for level in 0...SimpleYAMLReader.maximumDepth {
            yaml += String(repeating: " ", count: level) + "k\(level):\n"
        }
        yaml += String(repeating: " ", count: SimpleYAMLReader.maximumDepth + 1) + "leaf: x"
        #expect(YAMLTreeComparison.compare(yaml) == .notMine)
        let shallow = (0..<8).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + "\n        leaf: x"
        #expect(YAMLTreeComparison.compare(shallow) == .same)
    }

    // MARK: Generated texts

    @Test func readsGeneratedDocumentsAsYamsDoes() {
        var generator = SeededGenerator(seed: 9)
        var taken = 0
        let count = 3_000
        for _ in 0..<count {
            let yaml = YAMLDocumentGenerator.document(using: &generator)
            switch YAMLTreeComparison.compare(yaml) {
            case .same: taken += 1
            case .notMine: break
            case .different(let difference): Issue.record("\(yaml.debugDescription): \(difference)")
            }
        }
        #expect(taken > count / 4, "only \(taken) of \(count) taken")
    }

    /// Generated and shipped texts with characters inserted, removed and replaced: whatever the
    /// reader takes equals Yams, and nothing makes it crash or hang.
    @Test func readsMutatedTextsAsYamsDoesOrLeavesThem() {
        var generator = SeededGenerator(seed: 90)
        var seeds = (0..<200).map { _ in YAMLDocumentGenerator.document(using: &generator) }
        seeds += Self.yamlTexts(under: Fixtures.root.appendingPathComponent("valid")).map(\.yaml)
        seeds += Self.constructs
        let alphabet = Array(" \n:-#[]{},'\"\\ab&*!|>%?@`é\t")
        var taken = 0
        var tried = 0
        for seed in seeds {
            for _ in 0..<12 {
                var characters = Array(seed)
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    let position = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &generator)
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: characters.insert(alphabet.randomElement(using: &generator) ?? " ", at: position)
                    case 1: if !characters.isEmpty { characters.remove(at: position) }
                    default: if !characters.isEmpty { characters[position] = alphabet.randomElement(using: &generator) ?? " " }
                    }
                }
                let yaml = String(characters)
                tried += 1
                switch YAMLTreeComparison.compare(yaml) {
                case .same: taken += 1
                case .notMine: break
                case .different(let difference): Issue.record("\(yaml.debugDescription): \(difference)")
                }
            }
        }
        #expect(taken > tried / 10, "only \(taken) of \(tried) taken")
    }

    @Test func readsLongLinesAndLongDocumentsAsYamsDoes() {
        let entries = (0..<20_000).map { $0 % 3 == 0 ? "\"é\($0)\"" : "wé\($0)" }
        let long = "a: [" + entries.joined(separator: ", ") + "]\nb: {" + (0..<5_000).map { "k\($0): é" }.joined(separator: ", ") + "}"
        #expect(YAMLTreeComparison.compare(long) == .same)
        let many = (0..<10_000).map { "key\($0):\n  - entry: \($0)\n    other: 'x'" }.joined(separator: "\n")
        #expect(YAMLTreeComparison.compare(many) == .same)
    }
}

extension SimpleYAMLReaderTests {
    @Test func findsDuplicateKeysInSmallAndLargeMappings() {
        #expect(!SimpleYAMLReader.hasDuplicate(["a", "b", "c"]))
        #expect(SimpleYAMLReader.hasDuplicate(["a", "b", "a"]))
        #expect(SimpleYAMLReader.hasDuplicate(["\u{E9}", "e\u{301}"]))
        let many = (0..<40).map { "k\($0)" }
        #expect(!SimpleYAMLReader.hasDuplicate(many))
        #expect(SimpleYAMLReader.hasDuplicate(many + ["k7"]))
        let yaml = many.map { "\($0): v" }.joined(separator: "\n")
        #expect(YAMLTreeComparison.compare(yaml) == .same)
        #expect(YAMLTreeComparison.compare(yaml + "\nk39: w") == .notMine)
        #expect(YAMLTreeComparison.compare("a: {" + many.map { "\($0): v" }.joined(separator: ", ") + ", k0: w}") == .notMine)
    }
}
