import VitrineContent

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
    var phrase: DiagnosticText {
        switch self {
        case .text: .phrase("kind.text")
        case .html: .phrase("kind.html")
        case .bool: .phrase("kind.bool")
        case .number: .phrase("kind.number")
        case .list(let element): .phrase("kind.list", ["elements": element.elementPhrase])
        case .object(let type): .phrase("kind.object", ["type": .value("\(type)")])
        case .interfaceStrings: .phrase("kind.interface-strings")
        case .dynamic: .phrase("kind.dynamic")
        }
    }

    private var elementPhrase: DiagnosticText {
        switch self {
        case .object(let type): .value("\(type)")
        case .text: .phrase("kind.text")
        case .html: .phrase("kind.html")
        case .number: .phrase("kinds.number")
        case .bool: .phrase("kinds.bool")
        case .list(let inner): .phrase("kinds.list", ["elements": inner.elementPhrase])
        case .interfaceStrings, .dynamic: .phrase("kinds.dynamic")
        }
    }
}
