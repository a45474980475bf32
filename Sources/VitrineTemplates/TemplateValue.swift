/// What a template sees of one field: a scalar, a list, an object, or one of the two kinds
/// of nothing.
///
/// Why two nothings: Mustache looks a name up through the context stack, and "not here"
/// must let the lookup go on (dynamic objects, the spec's tests) while a declared field
/// that is nil must stop it, or a tile without a summary would show its page's summary.
public enum TemplateValue {
    /// Not here: the lookup goes on down the stack (dynamic objects only).
    case missing
    /// Explicit nothing: falsy, prints nothing, and stops the lookup.
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    /// Text; `{{ }}` escapes it in HTML templates.
    case text(String)
    /// Markup that is already HTML; only `{{{ }}}` and `{{& }}` may print it.
    case html(String)
    case list(any TemplateList)
    case object(any TemplateObject)
}

extension TemplateValue {
    /// Mustache truthiness: nothing, false, 0, empty text and empty lists are falsy.
    var isTruthy: Bool {
        switch self {
        case .missing, .null: false
        case .bool(let value): value
        case .int(let value): value != 0
        case .double(let value): value != 0
        case .text(let text), .html(let text): !text.isEmpty
        case .list(let list): list.count > 0
        case .object: true
        }
    }

    /// What the `empty()` transform answers: nothing, false, empty text or an empty list.
    var isEmptyForTransform: Bool {
        switch self {
        case .missing, .null: true
        case .bool(let value): !value
        case .text(let text), .html(let text): text.isEmpty
        case .list(let list): list.count == 0
        case .int, .double, .object: false
        }
    }

    var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }
}
