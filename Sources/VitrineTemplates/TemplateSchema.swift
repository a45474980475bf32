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
    /// Names declared more than once; the first declaration is used, the compiler warns.
    public let duplicateNames: [String]
    private let indexByName: [String: Int]

    public init(fields: [Field]) {
        self.fields = fields
        isDynamic = false
        var index: [String: Int] = [:]
        var duplicates: [String] = []
        for (position, field) in fields.enumerated() {
            if index[field.name] == nil { index[field.name] = position } else { duplicates.append(field.name) }
        }
        indexByName = index
        duplicateNames = duplicates
    }

    private init(dynamic: Void) {
        fields = []
        isDynamic = true
        duplicateNames = []
        indexByName = [:]
    }

    /// The schema of objects whose fields are known only at render time.
    public static let dynamic = TemplateSchema(dynamic: ())

    public func index(of name: String) -> Int? { indexByName[name] }

    public var fieldNames: [String] { fields.map(\.name) }
}
