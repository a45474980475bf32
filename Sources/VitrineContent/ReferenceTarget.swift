/// What a reference points at.
public enum ReferenceTarget: Hashable, Comparable, Sendable, CustomStringConvertible {
    case item(ItemKey)
    case term(TermKey)
    case report(String)

    /// Parses `type:id`; nil when the text is not of that shape or the type is unknown.
    public init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let type = String(text[..<colon]), id = String(text[text.index(after: colon)...])
        guard !id.isEmpty else { return nil }
        if let itemType = ItemType(rawValue: type) {
            self = .item(ItemKey(itemType, id))
        } else if let taxonomy = TaxonomyName(rawValue: type) {
            self = .term(TermKey(taxonomy, id))
        } else if type == "report" {
            self = .report(id)
        } else {
            return nil
        }
    }

    /// The reference types, for messages and for telling references from URLs.
    public static let typeNames: [String] =
        ItemType.allCases.map(\.rawValue) + ["report"] + TaxonomyName.allCases.map(\.rawValue)

    /// True when `text` starts with one of the reference types and a colon.
    public static func looksLikeReference(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return typeNames.contains(String(text[..<colon]))
    }

    public var description: String {
        switch self {
        case .item(let key): key.description
        case .term(let key): key.description
        case .report(let id): "report:\(id)"
        }
    }

    public static func < (a: ReferenceTarget, b: ReferenceTarget) -> Bool { a.description < b.description }
}
