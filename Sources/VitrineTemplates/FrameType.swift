/// The static type of one context-stack frame, as the compiler sees it. A template is
/// compiled for a stack signature: the distinct frame types, top first.
enum FrameType: Hashable, Sendable {
    case object(ObjectIdentifier)
    /// A dynamic object or a value known only at render time: names are looked up by name.
    case dynamic
    case text, html, bool, number

    static func of(_ type: any TemplateObject.Type) -> FrameType {
        type.templateSchema.isDynamic ? .dynamic : .object(ObjectIdentifier(type))
    }

    /// What a section over a value of `kind` pushes (nil: nothing that can be pushed).
    static func pushed(by kind: TemplateFieldKind) -> FrameType? {
        switch kind {
        case .text: .text
        case .html: .html
        case .bool: .bool
        case .number: .number
        case .object(let type): of(type)
        case .dynamic: .dynamic
        case .list(let element): element.isList ? .dynamic : pushed(by: element)
        case .interfaceStrings: nil
        }
    }

    /// The identity tagged on pushed objects, so lookups find "the nearest frame of type X".
    var objectID: ObjectIdentifier? {
        if case .object(let id) = self { return id }
        return nil
    }
}

extension TemplateFieldKind {
    var isList: Bool {
        if case .list = self { return true }
        return false
    }
}

extension Array where Element == FrameType {
    /// The signature after pushing `frame`: it moves to the top, once.
    func pushing(_ frame: FrameType) -> [FrameType] {
        [frame] + filter { $0 != frame }
    }
}
