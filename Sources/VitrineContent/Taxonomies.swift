import Yams

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
        let yaml = YAMLSource(path: source.path, firstLine: 1, text: source.text)
        guard var fields = yaml.fields(of: source.text, what: .phrase("what.file", ["file": .value("taxonomies.yml")]), diagnostics: &diagnostics) else { return nil }
        var vocabularies: [TaxonomyName: [Term]] = [:]
        for taxonomy in TaxonomyName.allCases {
            guard fields.has(taxonomy.key) else {
                fields.missing(taxonomy.key, hint: .phrase("empty-vocabulary", ["key": .value(taxonomy.key)]))
                continue
            }
            var terms: [Term] = []
            var seen: [String: SourceLocation] = [:]
            for node in fields.list(taxonomy.key) ?? [] {
                guard var entry = FieldReader(node, source: yaml, what: .phrase("what.term"), at: yaml.location(of: node),
                                              diagnostics: &fields.diagnostics) else { continue }
                let id = entry.text("id", required: true)
                let label = entry.text("label", required: true)
                let plural = taxonomy == .kind ? entry.text("plural", required: true) : nil
                let description = entry.text("description")
                entry.reportUnknownFields(.phrase("what.term-of", ["key": .value(taxonomy.key)]))
                fields.diagnostics += entry.diagnostics
                guard let id, let label else { continue }
                let location = entry.location(of: "id")
                if let problem = Identifier.problem(with: id) {
                    fields.diagnostics.append(.error(.invalidTermID, ["id": .value(id), "problem": problem], at: location))
                    continue
                }
                if let first = seen[id] {
                    fields.diagnostics.append(.error(.duplicateTerm, ["duplicate": .phrase("duplicate.\(taxonomy.rawValue)"), "id": .value(id)], at: location,
                                                     hint: .phrase("first-defined-at", ["location": .value("\(first)")])))
                    continue
                }
                seen[id] = location
                terms.append(Term(id: id, label: label, plural: plural, description: description, location: location))
            }
            vocabularies[taxonomy] = terms
        }
        fields.reportUnknownFields(.phrase("what.file", ["file": .value("taxonomies.yml")]))
        diagnostics += fields.diagnostics
        return Taxonomies(vocabularies: vocabularies)
    }
}
