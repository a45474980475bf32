import VitrineContent

/// What a site's schemas offer as choices: its terms with their labels, its publications and
/// every reference that resolves. Sorted, so the schemas are the same on every run.
public struct SchemaVocabulary: Sendable {
    var terms: [TaxonomyName: [(id: String, label: String)]]
    var publications: [(id: String, label: String)]
    var references: [(id: String, label: String)]

    public init(graph: ContentGraph) {
        var terms: [TaxonomyName: [(String, String)]] = [:]
        var references: [(String, String)] = []
        for item in graph.allItems {
            references.append(("\(item.type.rawValue):\(item.id)", item.title))
        }
        for report in graph.reports { references.append(("report:\(report.id)", report.title)) }
        for taxonomy in TaxonomyName.allCases {
            let vocabulary = graph.taxonomies.terms(taxonomy).map { ($0.id, $0.label) }
            terms[taxonomy] = vocabulary
            references += vocabulary.map { ("\(taxonomy.rawValue):\($0.0)", $0.1) }
        }
        self.terms = terms
        self.references = references
        publications = graph.items(.publication).map { ($0.id, $0.title) }
    }
}
