import Mustache

/// Turns a view model (structs, optionals, arrays) into the dictionaries Mustache looks up.
///
/// Why: Mustache resolves a name by walking up the context stack, and a nil optional counts
/// as "not here", so a tile without a summary would show its page's summary instead. Here a
/// nil becomes an explicit null that stops the lookup and renders as nothing.
public enum TemplateContext {
    public static func make(_ value: Any) -> Any {
        // Views that appear by the thousand convert themselves, without reflection.
        if let convertible = value as? TemplateConvertible { return convertible.templateValue }
        switch value {
        case let string as String: return string
        case let bool as Bool: return bool
        case let int as Int: return int
        case let double as Double: return double
        case let strings as [String: String]: return strings
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return Null() }
            return make(wrapped)
        case .collection, .set:
            return mirror.children.map { make($0.value) }
        case .struct, .class, .tuple:
            var dictionary: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                dictionary[label] = make(child.value)
            }
            return dictionary
        default:
            return value
        }
    }

    /// What an absent optional text becomes.
    public static func text(_ value: String?) -> Any { value.map { $0 as Any } ?? Null() }

    /// A field that is present but empty: falsy in sections, nothing when printed.
    struct Null: MustacheCustomRenderable {
        var renderText: String { "" }
        var isNull: Bool { true }
    }
}

/// A view that builds its own Mustache context (for views rendered by the thousand, where
/// reflection is the cost). Must give the same keys as its stored properties.
public protocol TemplateConvertible {
    var templateValue: [String: Any] { get }
}
