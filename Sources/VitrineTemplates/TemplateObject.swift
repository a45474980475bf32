/// A value whose fields templates can read.
///
/// Templates are compiled against the type that renders them: every `{{name}}` becomes
/// "field k of the nearest frame of type X" at compile time, so a static object is read by
/// index, never by name. Dynamic objects (`templateSchema.isDynamic`, e.g. JSON data) are
/// read by name at render time instead.
public protocol TemplateObject: TemplateListElement {
    /// The fields a template may use, in a fixed order (index = position).
    static var templateSchema: TemplateSchema { get }
    /// The value of field `index` of `templateSchema`.
    func templateValue(at index: Int) -> TemplateValue
    /// Only for dynamic objects: lookup by name; `.missing` when absent.
    func templateValue(named name: String) -> TemplateValue
    /// Field `inner` of the object in field `index`: lets `{{site.title}}` skip boxing the
    /// site view into an existential on every lookup.
    func templateValue(at index: Int, then inner: Int) -> TemplateValue
}

extension TemplateObject {
    @inlinable
    public func templateValue(named name: String) -> TemplateValue {
        guard let index = Self.templateSchema.index(of: name) else { return .missing }
        return templateValue(at: index)
    }

    @inlinable
    public func templateValue(at index: Int, then inner: Int) -> TemplateValue {
        switch templateValue(at: index) {
        case .object(let object): object.templateValue(at: inner)
        case .missing: .missing
        default: .null
        }
    }

    @inlinable public static var templateElementKind: TemplateFieldKind { .object(Self.self) }
    @inlinable public var templateElementValue: TemplateValue { .object(self) }
}
