/// The kinds of item that live in `Content/`, each in its own folder.
public enum ItemType: String, CaseIterable, Sendable, Comparable {
    case publication, card, conclusion, factsheet, swot, page

    /// The folder under `Content/` that holds this type.
    public var folder: String {
        switch self {
        case .publication: "publications"
        case .card: "cards"
        case .conclusion: "conclusions"
        case .factsheet: "factsheets"
        case .swot: "swot"
        case .page: "pages"
        }
    }

    /// Cards, conclusions, factsheets and SWOTs share the fields of a knowledge item.
    public var isKnowledgeItem: Bool { self != .publication && self != .page }

    /// Position in `allCases`, for sorting (a switch: sorting 10,000 keys compares often).
    var order: Int {
        switch self {
        case .publication: 0
        case .card: 1
        case .conclusion: 2
        case .factsheet: 3
        case .swot: 4
        case .page: 5
        }
    }

    public static func < (a: ItemType, b: ItemType) -> Bool { a.order < b.order }
}
