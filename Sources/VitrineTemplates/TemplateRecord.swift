/// A struct that declares its template fields once, with `TemplateFields`:
///
/// ```swift
/// extension TileView: TemplateRecord {
///     static let templateFields = TemplateFields<TileView> {
///         $0.text("url", \.url); $0.text("summary", \.summary)   // String? is null when nil
///         $0.list("chips", \.chips); $0.object("source", \.source); $0.interfaceStrings("t")
///     }
/// }
/// ```
///
/// The readers are `@inlinable` so that each view's witnesses are specialized where the view
/// conforms: reading a field then costs a closure call, not a generic metadata lookup.
public protocol TemplateRecord: TemplateObject {
    static var templateFields: TemplateFields<Self> { get }
}

extension TemplateRecord {
    @inlinable
    public static var templateSchema: TemplateSchema { templateFields.schema }

    @inlinable
    public func templateValue(at index: Int) -> TemplateValue {
        Self.templateFields.value(of: self, at: index)
    }

    @inlinable
    public func templateValue(at index: Int, then inner: Int) -> TemplateValue {
        Self.templateFields.value(of: self, at: index, then: inner)
    }
}
