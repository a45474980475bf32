/// Collects field declarations for `TemplateFields`; one method per kind, each typed by
/// the Swift type of the property (an optional that is nil becomes `.null`).
public struct TemplateFieldsBuilder<Root> {
    @usableFromInline var fields: [TemplateSchema.Field] = []
    @usableFromInline var readers: [@Sendable (Root) -> TemplateValue] = []
    @usableFromInline var innerReaders: [(@Sendable (Root, Int) -> TemplateValue)?] = []

    @usableFromInline init() {}

    // Inlinable, so the readers are specialized for each view where it declares its fields.
    @inlinable
    mutating func add(_ name: String, _ kind: TemplateFieldKind,
                              inner: (@Sendable (Root, Int) -> TemplateValue)? = nil,
                              _ read: @escaping @Sendable (Root) -> TemplateValue) {
        fields.append(TemplateSchema.Field(name: name, kind: kind))
        readers.append(read)
        innerReaders.append(inner)
    }

    @inlinable
    public mutating func text(_ name: String, _ get: @escaping @Sendable (Root) -> String) {
        add(name, .text) { .text(get($0)) }
    }

    @inlinable
    public mutating func text(_ name: String, _ get: @escaping @Sendable (Root) -> String?) {
        add(name, .text) { get($0).map(TemplateValue.text) ?? .null }
    }

    @inlinable
    public mutating func html(_ name: String, _ get: @escaping @Sendable (Root) -> String) {
        add(name, .html) { .html(get($0)) }
    }

    @inlinable
    public mutating func html(_ name: String, _ get: @escaping @Sendable (Root) -> String?) {
        add(name, .html) { get($0).map(TemplateValue.html) ?? .null }
    }

    @inlinable
    public mutating func bool(_ name: String, _ get: @escaping @Sendable (Root) -> Bool) {
        add(name, .bool) { .bool(get($0)) }
    }

    @inlinable
    public mutating func bool(_ name: String, _ get: @escaping @Sendable (Root) -> Bool?) {
        add(name, .bool) { get($0).map(TemplateValue.bool) ?? .null }
    }

    @inlinable
    public mutating func number(_ name: String, _ get: @escaping @Sendable (Root) -> Int) {
        add(name, .number) { .int(get($0)) }
    }

    @inlinable
    public mutating func number(_ name: String, _ get: @escaping @Sendable (Root) -> Int?) {
        add(name, .number) { get($0).map(TemplateValue.int) ?? .null }
    }

    @inlinable
    public mutating func number(_ name: String, _ get: @escaping @Sendable (Root) -> Double) {
        add(name, .number) { .double(get($0)) }
    }

    @inlinable
    public mutating func number(_ name: String, _ get: @escaping @Sendable (Root) -> Double?) {
        add(name, .number) { get($0).map(TemplateValue.double) ?? .null }
    }

    @inlinable
    public mutating func list<Element: TemplateListElement>(_ name: String, _ get: @escaping @Sendable (Root) -> [Element]) {
        add(name, .list(Element.templateElementKind)) { .list(get($0)) }
    }

    @inlinable
    public mutating func list<Element: TemplateListElement>(_ name: String, _ get: @escaping @Sendable (Root) -> [Element]?) {
        add(name, .list(Element.templateElementKind)) { get($0).map { .list($0) } ?? .null }
    }

    @inlinable
    public mutating func object<Object: TemplateObject>(_ name: String, _ get: @escaping @Sendable (Root) -> Object) {
        add(name, .object(Object.self), inner: { get($0).templateValue(at: $1) }) { .object(get($0)) }
    }

    @inlinable
    public mutating func object<Object: TemplateObject>(_ name: String, _ get: @escaping @Sendable (Root) -> Object?) {
        add(name, .object(Object.self), inner: { get($0)?.templateValue(at: $1) ?? .null }) {
            get($0).map { .object($0) } ?? .null
        }
    }

    /// `{{name.key}}` prints the interface string `key`, resolved when templates compile.
    @inlinable
    public mutating func interfaceStrings(_ name: String) {
        add(name, .interfaceStrings) { _ in .null }
    }

    /// A field whose kind is known only at render time (checked then, not at compile time).
    @inlinable
    public mutating func dynamic(_ name: String, _ get: @escaping @Sendable (Root) -> TemplateValue) {
        add(name, .dynamic, get)
    }
}
