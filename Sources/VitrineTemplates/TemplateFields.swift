/// The declared template fields of `Root`: names and kinds for the compiler, readers for
/// the renderer. Each reader is typed by the property it reads, so a declaration cannot
/// claim a kind its property does not have.
public struct TemplateFields<Root>: Sendable {
    public let schema: TemplateSchema
    @usableFromInline let readers: [@Sendable (Root) -> TemplateValue]
    /// For object fields: reads a field of the nested object without boxing it.
    @usableFromInline let innerReaders: [(@Sendable (Root, Int) -> TemplateValue)?]

    @inlinable
    public init(_ declare: (inout TemplateFieldsBuilder<Root>) -> Void) {
        var builder = TemplateFieldsBuilder<Root>()
        declare(&builder)
        schema = TemplateSchema(fields: builder.fields)
        readers = builder.readers
        innerReaders = builder.innerReaders
    }

    @inlinable
    func value(of root: Root, at index: Int) -> TemplateValue {
        readers.withUnsafeBufferPointer { readers in
            readers.indices.contains(index) ? readers[index](root) : .missing
        }
    }

    @inlinable
    func value(of root: Root, at index: Int, then inner: Int) -> TemplateValue {
        guard innerReaders.indices.contains(index) else { return .missing }
        if let read = innerReaders[index] { return read(root, inner) }
        switch readers[index](root) {
        case .object(let object): return object.templateValue(at: inner)
        case .missing: return .missing
        default: return .null
        }
    }
}
