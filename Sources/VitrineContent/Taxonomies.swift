import Yams

/// One term of a vocabulary.
public struct Term: Equatable, Sendable {
    public var id: String
    public var label: String
    /// Only kinds have a plural label.
    public var plural: String?
    public var description: String?
    public var location: SourceLocation
}

/// `taxonomies.yml`: the five vocabularies, each in file order.
public struct Taxonomies: Equatable, Sendable {
    public var vocabularies: [TaxonomyName: [Term]]
    private var index: [TermKey: Int] = [:]

    init(vocabularies: [TaxonomyName: [Term]]) {
        self.vocabularies = vocabularies
        for (name, terms) in vocabularies {
            for (position, term) in terms.enumerated() { index[TermKey(name, term.id)] = position }
        }
    }

    public func terms(_ taxonomy: TaxonomyName) -> [Term] { vocabularies[taxonomy] ?? [] }

    /// The same term ids in the same order (labels and descriptions may differ).
    func sameTerms(as other: Taxonomies) -> Bool {
        TaxonomyName.allCases.allSatisfy { terms($0).map(\.id) == other.terms($0).map(\.id) }
    }

    public func term(_ key: TermKey) -> Term? {
        index[key].map { vocabularies[key.taxonomy]![$0] }
    }

    static func load(_ source: SourceText, diagnostics: inout [Diagnostic]) -> Taxonomies? {
        let yaml = YAMLSource(path: source.path, firstLine: 1)
        guard var fields = yaml.fields(of: source.text, what: "taxonomies.yml", diagnostics: &diagnostics) else { return nil }
        var vocabularies: [TaxonomyName: [Term]] = [:]
        for taxonomy in TaxonomyName.allCases {
            guard fields.has(taxonomy.key) else {
                fields.missing(taxonomy.key, hint: "an empty vocabulary is written '\(taxonomy.key): []'")
                continue
            }
            var terms: [Term] = []
            var seen: [String: SourceLocation] = [:]
            for node in fields.list(taxonomy.key) ?? [] {
                guard var entry = FieldReader(node, source: yaml, what: "a term", at: yaml.location(of: node),
                                              diagnostics: &fields.diagnostics) else { continue }
                let id = entry.text("id", required: true)
                let label = entry.text("label", required: true)
                let plural = taxonomy == .kind ? entry.text("plural", required: true) : nil
                let description = entry.text("description")
                entry.reportUnknownFields("a term of '\(taxonomy.key)'")
                fields.diagnostics += entry.diagnostics
                guard let id, let label else { continue }
                let location = entry.location(of: "id")
                if let problem = Identifier.problem(with: id) {
                    fields.diagnostics.append(.error("invalid term id '\(id)': \(problem)", at: location))
                    continue
                }
                if let first = seen[id] {
                    fields.diagnostics.append(.error("duplicate \(taxonomy.rawValue) id '\(id)'", at: location,
                                                     hint: "first defined at \(first)"))
                    continue
                }
                seen[id] = location
                terms.append(Term(id: id, label: label, plural: plural, description: description, location: location))
            }
            vocabularies[taxonomy] = terms
        }
        fields.reportUnknownFields("taxonomies.yml")
        diagnostics += fields.diagnostics
        return Taxonomies(vocabularies: vocabularies)
    }
}

/// The rules for ids of items, terms and reports.
public enum Identifier {
    public static let maximumLength = 80

    /// Why `id` is not a valid id, or nil when it is.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "an id cannot be empty" }
        if id.count > maximumLength { return "longer than \(maximumLength) characters (\(id.count))" }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !allowed { return "use only lowercase letters a-z, digits and hyphens" }
        if id.hasPrefix("-") || id.hasSuffix("-") { return "an id cannot start or end with a hyphen" }
        if id.contains("--") { return "an id cannot contain two hyphens in a row" }
        return nil
    }

    /// A valid id close to `name`, offered as a fix: lowercase, accents stripped, spaces to hyphens.
    public static func suggestion(for name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") && !result.isEmpty {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return String(result.prefix(maximumLength))
    }
}

import Foundation
