/// The five vocabularies of `taxonomies.yml`.
public enum TaxonomyName: String, CaseIterable, Sendable, Comparable {
    case kind, theme, group, region, sector

    /// The key in `taxonomies.yml` and in front matter.
    public var key: String {
        switch self {
        case .kind: "kinds"
        case .theme: "themes"
        case .group: "groups"
        case .region: "regions"
        case .sector: "sectors"
        }
    }

    /// The vocabularies an item lists in its front matter (the kind is a single field).
    public static let itemFields: [TaxonomyName] = [.theme, .group, .region, .sector]

    var order: Int {
        switch self {
        case .kind: 0
        case .theme: 1
        case .group: 2
        case .region: 3
        case .sector: 4
        }
    }

    public static func < (a: TaxonomyName, b: TaxonomyName) -> Bool { a.order < b.order }
}
