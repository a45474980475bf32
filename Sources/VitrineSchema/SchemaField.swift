/// One field of a schema: its key, what it holds, whether it is required, and the key of its
/// description in the schema strings (`Templates/schema/<language>.yml`).
public struct SchemaField: Sendable {
    public var name: String
    public var shape: FieldShape
    public var required: Bool
    public var description: String

    public init(_ name: String, _ shape: FieldShape, required: Bool = false, description: String? = nil) {
        self.name = name
        self.shape = shape
        self.required = required
        self.description = description ?? name
    }
}
