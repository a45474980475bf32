import Foundation
import VitrineTestSupport

/// Random edits of a site, drawn from a seeded generator and from a model of the site's files
/// (path → text), so that most edits leave a site that builds: only items nothing refers to
/// are renamed or removed, only unused terms are removed, and a deliberately broken file
/// (a missing related item, invalid YAML) is usually fixed a few steps later.
struct SiteEditGenerator {
    var random: SeededGenerator
    /// The site's files as the edits so far left them, relative to its root.
    private(set) var files: [String: String]
    /// Files broken on purpose, with the text that fixes them.
    private var broken: [String: String] = [:]
    private var counter = 0
    /// The built-in theme's files that edits override, by theme path.
    private let builtIn: [String: String]

    static let overridable = ["html/base.mustache", "html/card.mustache", "html/list.mustache", "html/term.mustache",
                              "html/home.mustache", "html/swot.mustache", "html/conclusion.mustache",
                              "partials/tile-body.mustache", "partials/source.mustache", "partials/chips.mustache",
                              "partials/item-head.mustache", "partials/links.mustache"]
    static let themeFiles = overridable + ["i18n/nl.yml", "assets/site.css", "assets/site.js"]

    init(seed: UInt64, files: [String: String], theme: URL) throws {
        random = SeededGenerator(seed: seed)
        self.files = files
        var builtIn: [String: String] = [:]
        for path in Self.themeFiles {
            builtIn[path] = try String(contentsOf: theme.appendingPathComponent(path), encoding: .utf8)
        }
        self.builtIn = builtIn
    }

    /// The next edit, already applied to the model.
    mutating func next() -> SiteEdit {
        counter += 1
        let edit = draw()
        edit.apply(to: &files)
        return edit
    }

    private typealias Kind = (weight: Int, make: (inout SiteEditGenerator) -> SiteEdit?)

    private mutating func draw() -> SiteEdit {
        let kinds: [Kind] = [
            (broken.isEmpty ? 0 : 25, { $0.fix() }),
            (8, { $0.addCard() }),
            (10, { $0.editTitle() }),
            (4, { $0.editSummary() }),
            (8, { $0.editBody() }),
            (4, { $0.renameItem() }),
            (4, { $0.deleteItem() }),
            (5, { $0.toggleDraft() }),
            (3, { $0.breakReference() }),
            (1, { $0.breakYAML() }),
            (4, { $0.editTaxonomyLabel() }),
            (2, { $0.addTerm() }),
            (2, { $0.removeTerm() }),
            (4, { $0.editCardTerms() }),
            (6, { $0.editTemplate() }),
            (1, { $0.editPartial() }),
            (2, { $0.editStrings() }),
            (3, { $0.editThemeAsset() }),
            (2, { $0.editContentAsset() }),
            (3, { $0.editSiteConfig() }),
            (1, { $0.switchLanguage() }),
            (2, { $0.editAliases() }),
            (2, { $0.editSWOT() }),
            (2, { $0.editFactsheet() }),
        ]
        while true {
            var pick = Int.random(in: 0..<kinds.map(\.weight).reduce(0, +), using: &random)
            for kind in kinds {
                if pick < kind.weight {
                    if let edit = kind.make(&self) { return edit }
                    break
                }
                pick -= kind.weight
            }
        }
    }

    // MARK: Items

    private static let itemFolders = ["cards": "card", "conclusions": "conclusion", "factsheets": "factsheet",
                                      "swot": "swot", "publications": "publication", "pages": "page"]
    private static let words = ["werk", "leren", "tijd", "Één", "café", "naïef", "Straße", "A&B", "<em>", "*ster*", "50%",
                                "“citaat”", "日本語", "🎓", "x_y", "#kop", "[haak]", "a|b", "1.", "- streep", "'s avonds",
                                "e\u{301}", "ĳs", "<script>", "&amp;", "{{x}}", "$5", "~", "^", "@noem"]

    private func paths(in folder: String) -> [String] {
        files.keys.filter { $0.hasPrefix("Content/\(folder)/") && $0.hasSuffix(".md") }.sorted()
    }

    private func itemPaths(_ folders: [String]) -> [String] { folders.flatMap { paths(in: $0) } }

    private func reference(of path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 3, let type = Self.itemFolders[String(parts[1])] else { return nil }
        return "\(type):\(parts[2].dropLast(3))"
    }

    /// Whether any other file, or any text waiting to fix a broken file, names the item.
    private func isReferenced(_ path: String) -> Bool {
        guard let key = reference(of: path) else { return true }
        let texts = files.filter { $0.key != path }.map(\.value) + broken.values
        return texts.contains { Self.mentions($0, key) }
    }

    /// `text` contains `token` not followed by a character that could continue an id.
    private static func mentions(_ text: String, _ token: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: token) {
            let next = rest[range.upperBound...].first
            if next.map({ !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) ?? true { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    private mutating func pick<T>(_ values: [T]) -> T? { values.isEmpty ? nil : values[Int.random(in: 0..<values.count, using: &random)] }

    private mutating func phrase(_ count: ClosedRange<Int>) -> String {
        (0..<Int.random(in: count, using: &random)).map { _ in Self.words[Int.random(in: 0..<Self.words.count, using: &random)] }
            .joined(separator: " ")
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private var themeIDs: [String] {
        ["scholing", "werkgevers"] + (files["Content/taxonomies.yml"] ?? "").split(separator: "\n")
            .compactMap { $0.hasPrefix("  - id: thema-") ? String($0.dropFirst("  - id: ".count)) : nil }
    }

    private var cardIDs: [String] { paths(in: "cards").map { String($0.split(separator: "/")[2].dropLast(3)) } }

    private mutating func body() -> String {
        var paragraphs: [String] = []
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: paragraphs.append("## Kop \(counter)")
            case 1: if let id = pick(cardIDs) { paragraphs.append("Zie [\(phrase(1...2))](card:\(id)) en *meer* \(counter).") }
            default: paragraphs.append("Tekst \(counter) over \(phrase(2...8)).".replacingOccurrences(of: "<", with: "&lt;"))
            }
        }
        return paragraphs.joined(separator: "\n\n")
    }

    private mutating func addCard() -> SiteEdit? {
        let id = "kaart-\(Int.random(in: 1...40, using: &random))"
        guard files["Content/cards/\(id).md"] == nil else { return nil }
        var themes = themeIDs.filter { _ in Bool.random(using: &random) }
        if themes.isEmpty, let one = pick(themeIDs) { themes = [one] }
        let related = cardIDs.filter { _ in Int.random(in: 0..<4, using: &random) == 0 }.prefix(2).map { "card:\($0)" }
        var text = "---\ntitle: \(Self.quoted("Kaart \(counter) \(phrase(0...3))"))\nsummary: \(Self.quoted(phrase(1...6)))\n"
        text += "publication: rapport\nkind: \(pick(["belemmering", "oplossing"]) ?? "oplossing")\nthemes: [\(themes.joined(separator: ", "))]\n"
        if !related.isEmpty { text += "related: [\(related.joined(separator: ", "))]\n" }
        if Int.random(in: 0..<5, using: &random) == 0 { text += "draft: true\n" }
        text += "---\n" + body() + "\n"
        return .write("Content/cards/\(id).md", text)
    }

    /// The text with the front-matter field `key` set to `value` (nil: removed).
    private static func setting(_ key: String, to value: String?, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return text }
        if let index = lines[1..<end].firstIndex(where: { $0.hasPrefix(key + ":") }) {
            if let value { lines[index] = "\(key): \(value)" } else { lines.remove(at: index) }
        } else if let value {
            lines.insert("\(key): \(value)", at: end)
        }
        return lines.joined(separator: "\n")
    }

    private static func field(_ key: String, in text: String) -> String? {
        text.components(separatedBy: "\n").first { $0.hasPrefix(key + ": ") }.map { String($0.dropFirst(key.count + 2)) }
    }

    private mutating func editTitle() -> SiteEdit? {
        guard let path = pick(itemPaths(Array(Self.itemFolders.keys).sorted())), let text = files[path] else { return nil }
        return .write(path, Self.setting("title", to: Self.quoted("Titel \(counter) \(phrase(0...4))"), in: text))
    }

    private mutating func editSummary() -> SiteEdit? {
        guard let path = pick(itemPaths(["cards", "conclusions", "factsheets", "swot"])), let text = files[path] else { return nil }
        return .write(path, Self.setting("summary", to: Self.quoted("Samenvatting \(counter) \(phrase(0...10))"), in: text))
    }

    private mutating func editBody() -> SiteEdit? {
        guard let path = pick(itemPaths(["cards", "conclusions", "pages", "publications"])), let text = files[path],
              let end = text.range(of: "\n---\n") else { return nil }
        return .write(path, String(text[..<end.upperBound]) + body() + "\n")
    }

    private mutating func renameItem() -> SiteEdit? {
        // A broken file is not renamed: its fix would bring back the old name beside the broken copy.
        guard let path = pick(itemPaths(["cards", "conclusions", "swot"]).filter { !isReferenced($0) && broken[$0] == nil }) else { return nil }
        let folder = path.split(separator: "/")[1]
        let target = "Content/\(folder)/hernoemd-\(counter).md"
        return .rename(path, target)
    }

    private mutating func deleteItem() -> SiteEdit? {
        guard let path = pick(itemPaths(["cards", "conclusions", "swot", "factsheets"]).filter { !isReferenced($0) }) else { return nil }
        broken[path] = nil
        return .delete(path)
    }

    private mutating func toggleDraft() -> SiteEdit? {
        guard let path = pick(itemPaths(["cards", "conclusions", "swot"])), let text = files[path] else { return nil }
        return .write(path, Self.setting("draft", to: Self.field("draft", in: text) == "true" ? nil : "true", in: text))
    }

    private mutating func breakReference() -> SiteEdit? {
        guard let path = pick(paths(in: "cards").filter { broken[$0] == nil }), let text = files[path] else { return nil }
        broken[path] = text
        return .write(path, Self.setting("related", to: "[card:ontbreekt-\(counter)]", in: text))
    }

    private mutating func breakYAML() -> SiteEdit? {
        guard let path = pick(itemPaths(["cards", "conclusions"]).filter { broken[$0] == nil }), let text = files[path] else { return nil }
        broken[path] = text
        return .write(path, Self.setting("summary", to: "[niet gesloten", in: text))
    }

    private mutating func fix() -> SiteEdit? {
        guard let path = pick(broken.keys.sorted()), let text = broken[path] else { return nil }
        broken[path] = nil
        return .write(path, text)
    }

    // MARK: Taxonomies and site.yml

    private mutating func editTaxonomyLabel() -> SiteEdit? {
        guard let text = files["Content/taxonomies.yml"] else { return nil }
        var lines = text.components(separatedBy: "\n")
        guard let index = pick(lines.indices.filter { lines[$0].hasPrefix("    label: ") }) else { return nil }
        lines[index] = "    label: \(Self.quoted("Label \(counter) \(phrase(0...2))"))"
        return .write("Content/taxonomies.yml", lines.joined(separator: "\n"))
    }

    private mutating func addTerm() -> SiteEdit? {
        guard let text = files["Content/taxonomies.yml"], let range = text.range(of: "themes:\n") else { return nil }
        let term = "  - id: thema-\(counter)\n    label: \(Self.quoted("Thema \(counter) \(phrase(0...2))"))\n"
        return .write("Content/taxonomies.yml", text.replacingCharacters(in: range, with: "themes:\n" + term))
    }

    private mutating func removeTerm() -> SiteEdit? {
        guard let text = files["Content/taxonomies.yml"] else { return nil }
        let others = files.filter { $0.key != "Content/taxonomies.yml" }.map(\.value) + broken.values
        guard let id = pick(themeIDs.filter { id in id.hasPrefix("thema-") && !others.contains { Self.mentions($0, id) } }) else { return nil }
        var lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(of: "  - id: \(id)") else { return nil }
        lines.removeSubrange(index...(index + 1))
        return .write("Content/taxonomies.yml", lines.joined(separator: "\n"))
    }

    private mutating func editCardTerms() -> SiteEdit? {
        guard let path = pick(paths(in: "cards")), let text = files[path] else { return nil }
        if Bool.random(using: &random) {
            return .write(path, Self.setting("kind", to: pick(["belemmering", "oplossing"]), in: text))
        }
        var themes = themeIDs.filter { _ in Bool.random(using: &random) }
        if themes.isEmpty, let one = pick(themeIDs) { themes = [one] }
        return .write(path, Self.setting("themes", to: "[\(themes.joined(separator: ", "))]", in: text))
    }

    private mutating func editSiteConfig() -> SiteEdit? {
        guard let text = files["Content/site.yml"] else { return nil }
        let key = Bool.random(using: &random) ? "title" : "description"
        var lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix(key + ": ") }) else { return nil }
        lines[index] = "\(key): \(Self.quoted("Platform \(counter) \(phrase(0...3))"))"
        return .write("Content/site.yml", lines.joined(separator: "\n"))
    }

    /// The site in the other language: every interface string and URL of the lists changes.
    private mutating func switchLanguage() -> SiteEdit? {
        guard let text = files["Content/site.yml"] else { return nil }
        let switched = text.contains("language: nl") ? text.replacingOccurrences(of: "language: nl", with: "language: en")
            : text.replacingOccurrences(of: "language: en", with: "language: nl")
        return .write("Content/site.yml", switched)
    }

    /// An old URL added to a card (a redirect page and the servers' files), or its old URLs removed.
    private mutating func editAliases() -> SiteEdit? {
        guard let path = pick(paths(in: "cards")), let text = files[path] else { return nil }
        let removing = Self.field("aliases", in: text) != nil && Bool.random(using: &random)
        return .write(path, Self.setting("aliases", to: removing ? nil : "[/oud-\(counter)/]", in: text))
    }

    private mutating func editSWOT() -> SiteEdit? {
        guard let path = pick(paths(in: "swot")), let text = files[path], let end = text.range(of: "\n---\n") else { return nil }
        var lines = text[..<end.lowerBound].components(separatedBy: "\n").filter { !$0.hasPrefix("  - ") }
        lines.removeAll { ["strengths:", "weaknesses:", "opportunities:", "threats:"].contains($0) }
        var quadrants = ""
        for quadrant in ["strengths", "weaknesses", "opportunities", "threats"] {
            let count = Int.random(in: 0...3, using: &random)
            guard count > 0 || (quadrant == "threats" && quadrants.isEmpty) else { continue }
            quadrants += "\(quadrant):\n"
            for _ in 0..<max(1, count) { quadrants += "  - \(Self.quoted("Punt \(counter) \(phrase(1...5))"))\n" }
        }
        return .write(path, lines.joined(separator: "\n") + "\n" + quadrants + String(text[end.lowerBound...].dropFirst()))
    }

    private mutating func editFactsheet() -> SiteEdit? {
        guard let path = pick(paths(in: "factsheets")), let text = files[path], let end = text.range(of: "\n---\n") else { return nil }
        let head = text[..<end.lowerBound].components(separatedBy: "\n").prefix { $0 != "figures:" && $0 != "tables:" }
        let columns = Int.random(in: 2...4, using: &random)
        var table = "tables:\n  - caption: \(Self.quoted("Tabel \(counter)"))\n    columns: [\((0..<columns).map { "K\($0)" }.joined(separator: ", "))]\n    rows:\n"
        for row in 0..<Int.random(in: 1...4, using: &random) {
            let cells = [Self.quoted("rij \(row) \(phrase(0...2))")] + (1..<columns).map { _ in String(Int.random(in: 0...999, using: &random)) }
            table += "      - [\(cells.joined(separator: ", "))]\n"
        }
        if Bool.random(using: &random) { table += "    chart: bar\n" }
        return .write(path, head.joined(separator: "\n") + "\n" + table + String(text[end.lowerBound...].dropFirst()))
    }

    // MARK: The theme and assets

    /// A template changed so that its output shows it: a data attribute on its first tag.
    private func marked(_ text: String) -> String {
        guard let range = text.range(of: "\">") else { return text + "\n<!-- m\(counter) -->\n" }
        return text.replacingCharacters(in: range, with: "\" data-m=\"\(counter)\">")
    }

    private mutating func editTemplate() -> SiteEdit? {
        guard let name = pick(Self.overridable), let original = builtIn[name] else { return nil }
        let path = "Templates/" + name
        if files[path] != nil, Int.random(in: 0..<3, using: &random) == 0 { return .delete(path) }
        return .write(path, marked(original))
    }

    private mutating func editPartial() -> SiteEdit? {
        let path = "Templates/partials/extra-\(Int.random(in: 1...3, using: &random)).mustache"
        return files[path] == nil ? .write(path, "<p class=\"extra\">{{title}}</p>\n") : .delete(path)
    }

    private mutating func editStrings() -> SiteEdit? {
        let path = "Templates/i18n/nl.yml"
        if files[path] != nil, Bool.random(using: &random) { return .delete(path) }
        guard let original = builtIn["i18n/nl.yml"] else { return nil }
        let key = pick(["skip: Naar de inhoud", "home: Home", "search: Zoeken"]) ?? "home: Home"
        return .write(path, original.replacingOccurrences(of: "\n" + key + "\n", with: "\n\(key) \(counter)\n"))
    }

    private mutating func editThemeAsset() -> SiteEdit? {
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            let path = "Templates/assets/extra-\(Int.random(in: 1...2, using: &random)).css"
            return files[path] == nil ? .write(path, ".extra { margin: \(counter)px; }\n") : .delete(path)
        default:
            let name = pick(["assets/site.css", "assets/site.js"]) ?? "assets/site.css"
            let path = "Templates/" + name
            if files[path] != nil, Bool.random(using: &random) { return .delete(path) }
            guard let original = builtIn[name] else { return nil }
            return .write(path, original + (name.hasSuffix(".css") ? "/* m\(counter) */\n" : "// m\(counter)\n"))
        }
    }

    private mutating func editContentAsset() -> SiteEdit? {
        let path = "Content/assets/notitie-\(Int.random(in: 1...3, using: &random)).txt"
        if files[path] != nil, Bool.random(using: &random) { return .delete(path) }
        return .write(path, "Notitie \(counter)\n")
    }
}
