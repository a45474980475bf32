/// What a list may hold: objects, text, numbers, bools or dynamic values.
///
/// One protocol for all element kinds because Swift allows `Array` only one conditional
/// conformance to `TemplateList`. `SendableMetatype`: field readers capture element types
/// and are shared by every thread that renders.
public protocol TemplateListElement: SendableMetatype {
    /// The static kind of every element, for compiling sections over the list.
    static var templateElementKind: TemplateFieldKind { get }
    /// The element as a value (what `{{.}}` prints or a nested section iterates).
    var templateElementValue: TemplateValue { get }
    /// Field `index` when the element is a static object.
    func templateValue(at index: Int) -> TemplateValue
    /// A field by name when the element is a dynamic object.
    func templateValue(named name: String) -> TemplateValue

    // The same, for element `index` of a list, read in place. Static requirements with
    // inlinable defaults, so the array's generic witnesses reach code specialized for the
    // element type instead of copying each element out generically.
    static func templateElementValue(of list: [Self], at index: Int) -> TemplateValue
    static func templateValue(at field: Int, of list: [Self], at index: Int) -> TemplateValue
    static func templateValue(named name: String, of list: [Self], at index: Int) -> TemplateValue
}

extension TemplateListElement {
    @inlinable
    public static func templateElementValue(of list: [Self], at index: Int) -> TemplateValue {
        list[index].templateElementValue
    }

    @inlinable
    public static func templateValue(at field: Int, of list: [Self], at index: Int) -> TemplateValue {
        // Through the buffer: the element is read in place, not copied out first.
        list.withUnsafeBufferPointer { $0[index].templateValue(at: field) }
    }

    @inlinable
    public static func templateValue(named name: String, of list: [Self], at index: Int) -> TemplateValue {
        list[index].templateValue(named: name)
    }
}

extension String: TemplateListElement {
    public static var templateElementKind: TemplateFieldKind { .text }
    public var templateElementValue: TemplateValue { .text(self) }
    public func templateValue(at index: Int) -> TemplateValue { .missing }
    public func templateValue(named name: String) -> TemplateValue { .missing }
}

extension Int: TemplateListElement {
    public static var templateElementKind: TemplateFieldKind { .number }
    public var templateElementValue: TemplateValue { .int(self) }
    public func templateValue(at index: Int) -> TemplateValue { .missing }
    public func templateValue(named name: String) -> TemplateValue { .missing }
}

extension Double: TemplateListElement {
    public static var templateElementKind: TemplateFieldKind { .number }
    public var templateElementValue: TemplateValue { .double(self) }
    public func templateValue(at index: Int) -> TemplateValue { .missing }
    public func templateValue(named name: String) -> TemplateValue { .missing }
}

extension Bool: TemplateListElement {
    public static var templateElementKind: TemplateFieldKind { .bool }
    public var templateElementValue: TemplateValue { .bool(self) }
    public func templateValue(at index: Int) -> TemplateValue { .missing }
    public func templateValue(named name: String) -> TemplateValue { .missing }
}

extension TemplateValue: TemplateListElement {
    public static var templateElementKind: TemplateFieldKind { .dynamic }
    public var templateElementValue: TemplateValue { self }

    public func templateValue(at index: Int) -> TemplateValue {
        if case .object(let object) = self { return object.templateValue(at: index) }
        return .missing
    }

    public func templateValue(named name: String) -> TemplateValue {
        if case .object(let object) = self { return object.templateValue(named: name) }
        return .missing
    }
}
