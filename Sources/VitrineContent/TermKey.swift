/// Identifies a taxonomy term.
public struct TermKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var taxonomy: TaxonomyName
    public var id: String

    public init(_ taxonomy: TaxonomyName, _ id: String) {
        self.taxonomy = taxonomy
        self.id = id
    }

    public var description: String { "\(taxonomy.rawValue):\(id)" }

    public static func < (a: TermKey, b: TermKey) -> Bool { a.taxonomy != b.taxonomy ? a.taxonomy < b.taxonomy : a.id < b.id }
}
