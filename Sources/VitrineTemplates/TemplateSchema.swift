/// The fields a type offers templates, in a fixed order: a field's index is its position.
public struct TemplateSchema: Sendable {
    public struct Field: Sendable {
        public let name: String
        public let kind: TemplateFieldKind

        public init(name: String, kind: TemplateFieldKind) {
            self.name = name
            self.kind = kind
        }
    }

    public let fields: [Field]
    /// Dynamic objects have no fixed fields: names are looked up at render time.
    public let isDynamic: Bool
    private let indexByName: [String: Int]

    public init(fields: [Field]) {
        self.fields = fields
        isDynamic = false
        var index: [String: Int] = [:]
        for (position, field) in fields.enumerated() where index[field.name] == nil {
            index[field.name] = position
        }
        indexByName = index
    }

    private init(dynamic: Void) {
        fields = []
        isDynamic = true
        indexByName = [:]
    }

    /// The schema of objects whose fields are known only at render time.
    public static let dynamic = TemplateSchema(dynamic: ())

    public func index(of name: String) -> Int? { indexByName[name] }

    public var fieldNames: [String] { fields.map(\.name) }
}
