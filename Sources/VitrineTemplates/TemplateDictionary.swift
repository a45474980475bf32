/// A dynamic object: fields by name, looked up at render time. For data without a Swift
/// type (JSON, the Mustache spec's tests); `.missing` lets the lookup go on down the stack.
public struct TemplateDictionary: TemplateObject {
    public var values: [String: TemplateValue]

    public init(_ values: [String: TemplateValue] = [:]) {
        self.values = values
    }

    public static var templateSchema: TemplateSchema { .dynamic }
    public func templateValue(at index: Int) -> TemplateValue { .missing }
    public func templateValue(named name: String) -> TemplateValue { values[name] ?? .missing }
}
