/// Random YAML documents shaped like front matter: block mappings and sequences, flow
/// collections, every scalar style, comments and blank lines, with now and then something
/// outside the reader's subset or plainly broken (a duplicate key, odd indentation, `: ` in a
/// value), so both the trees and the fallbacks are exercised.
enum YAMLDocumentGenerator {
    static let keys = ["title", "summary", "themes", "source", "figures", "rows", "a", "b-c", "x_y", "é", "k.1", "note"]
    static let plains = ["abc", "Kaart 0", "a:b", "1.5", "-3", "~", "a#b", "card:x-y", "12-14", "reëel één", "a, b",
                         "x]", "2020-01-15", "yes", "Ⅻ 😀", "a  b", "null", "0x1F", "a?", "a'b", "a\"b", "50%"]
    static let doubles = ["\"a\\nb\"", "\"a \\\"q\\\" b\"", "\"\\u00e9\\x41\\U0001F600\"", "\"  spaced  \"", "\"\"",
                          "\"a # b\"", "\"a: b\"", "\"é, [x]\"", "\"\\t\\\\\"", "\"it's\""]
    static let singles = ["'it''s'", "''", "'a \"b\" c'", "'a # b'", "'a: b'", "'é'"]
    static let oddities = ["&a x", "*a", "!!str x", "|", ">", "a: b", "[a, [b]]", "{a: {b: c}}", "- x", "@x", "`x`"]

    static func document<G: RandomNumberGenerator>(using generator: inout G) -> String {
        var lines: [String] = []
        mapping(indent: 0, depth: 0, into: &lines, using: &generator)
        return lines.joined(separator: "\n")
    }

    private static func chance<G: RandomNumberGenerator>(_ percent: Int, _ generator: inout G) -> Bool {
        Int.random(in: 0..<100, using: &generator) < percent
    }

    private static func pick<G: RandomNumberGenerator, T>(_ list: [T], _ generator: inout G) -> T {
        list[Int.random(in: 0..<list.count, using: &generator)]
    }

    private static func comment<G: RandomNumberGenerator>(_ generator: inout G) -> String {
        chance(10, &generator) ? pick(["  # c", " #c", " # é: [x]"], &generator) : ""
    }

    private static func noise<G: RandomNumberGenerator>(into lines: inout [String], _ generator: inout G) {
        if chance(8, &generator) { lines.append(pick(["", "   ", "# comment", "  # indented: comment"], &generator)) }
    }

    static func scalar<G: RandomNumberGenerator>(inFlow: Bool, _ generator: inout G) -> String {
        if chance(2, &generator) { return pick(oddities, &generator) }
        switch Int.random(in: 0..<10, using: &generator) {
        case 0..<6:
            let plain = pick(plains, &generator)
            // Flow indicators end plain scalars in flow collections; keep most of them readable.
            return inFlow && plain.contains(where: { ",[]{}".contains($0) }) && chance(80, &generator) ? "x" : plain
        case 6..<8: return pick(doubles, &generator)
        default: return pick(singles, &generator)
        }
    }

    private static func flowSequence<G: RandomNumberGenerator>(_ generator: inout G) -> String {
        let entries = (0..<Int.random(in: 0...4, using: &generator)).map { _ in scalar(inFlow: true, &generator) }
        let separator = pick([", ", ",", " , ", ",  "], &generator)
        return pick(["[", "[ "], &generator) + entries.joined(separator: separator) + pick(["]", " ]"], &generator)
    }

    private static func flowMapping<G: RandomNumberGenerator>(_ generator: inout G) -> String {
        let pairs = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
            pick(keys, &generator) + pick([": ", ":  "], &generator) + scalar(inFlow: true, &generator)
        }
        return pick(["{", "{ "], &generator) + pairs.joined(separator: ", ") + pick(["}", " }"], &generator)
    }

    private static func inline<G: RandomNumberGenerator>(_ generator: inout G) -> String {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0..<6: scalar(inFlow: false, &generator)
        case 6..<8: flowSequence(&generator)
        default: flowMapping(&generator)
        }
    }

    private static func mapping<G: RandomNumberGenerator>(indent: Int, depth: Int, firstPrefix: String? = nil,
                                                           into lines: inout [String], using generator: inout G) {
        let pad = String(repeating: " ", count: indent)
        for index in 0..<Int.random(in: 1...6, using: &generator) {
            noise(into: &lines, &generator)
            let prefix = index == 0 ? (firstPrefix ?? pad) : (chance(2, &generator) ? pad + " " : pad)
            let key = pick(keys, &generator)
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<6:
                lines.append(prefix + key + pick([": ", ":  "], &generator) + inline(&generator) + comment(&generator))
            case 6 where depth < 3:
                lines.append(prefix + key + ":" + comment(&generator))
                mapping(indent: indent + pick([2, 2, 4, 1], &generator), depth: depth + 1, into: &lines, using: &generator)
            case 7..<9 where depth < 3:
                lines.append(prefix + key + ":" + comment(&generator))
                sequence(indent: indent + pick([0, 2, 2, 4], &generator), depth: depth + 1, into: &lines, using: &generator)
            default:
                lines.append(prefix + key + ":" + comment(&generator))
            }
        }
    }

    private static func sequence<G: RandomNumberGenerator>(indent: Int, depth: Int, into lines: inout [String],
                                                            using generator: inout G) {
        let pad = String(repeating: " ", count: indent)
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            noise(into: &lines, &generator)
            let dash = pad + pick(["- ", "- ", "-   "], &generator)
            if chance(30, &generator), depth < 3 {
                mapping(indent: dash.count, depth: depth + 1, firstPrefix: dash, into: &lines, using: &generator)
            } else {
                lines.append(dash + inline(&generator) + comment(&generator))
            }
        }
    }
}
