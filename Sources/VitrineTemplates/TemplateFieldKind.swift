/// The static kind of a field, taken from the Swift type of the property that holds it.
public indirect enum TemplateFieldKind: Sendable {
    case text
    case html
    case bool
    case number
    /// A list of elements of one kind.
    case list(TemplateFieldKind)
    /// An object of one type; a metatype, so a view may hold a list of its own type.
    case object(any TemplateObject.Type)
    /// `{{t.key}}`: the key's text in the templates' language, fixed at compile time.
    case interfaceStrings
    /// Known only at render time (dynamic objects, `[TemplateValue]`).
    case dynamic
}

extension TemplateFieldKind {
    /// How a diagnostic names the kind: "text", "a list of ChipView" ...
    var phrase: String {
        switch self {
        case .text: "text"
        case .html: "HTML"
        case .bool: "a bool"
        case .number: "a number"
        case .list(let element): "a list of \(element.elementPhrase)"
        case .object(let type): "an object (\(type))"
        case .interfaceStrings: "the interface strings"
        case .dynamic: "a dynamic value"
        }
    }

    private var elementPhrase: String {
        switch self {
        case .object(let type): "\(type)"
        case .text: "text"
        case .html: "HTML"
        case .number: "numbers"
        case .bool: "bools"
        case .list(let inner): "lists of \(inner.elementPhrase)"
        case .interfaceStrings, .dynamic: "dynamic values"
        }
    }
}
