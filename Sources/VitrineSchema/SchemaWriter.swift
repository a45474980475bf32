import VitrineContent

/// Turns the fields of each content file (`ContentSchemas`) into a JSON Schema (draft
/// 2020-12) with the site's own choices (`SchemaVocabulary`) and texts (`SchemaStrings`).
public struct SchemaWriter: Sendable {
    public let vocabulary: SchemaVocabulary
    public let strings: SchemaStrings

    public init(vocabulary: SchemaVocabulary, strings: SchemaStrings) {
        self.vocabulary = vocabulary
        self.strings = strings
    }

    static let draft = "https://json-schema.org/draft/2020-12/schema"
    static let idPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"
    static let datePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
    static let pagePattern = "^ *[0-9]+( *- *[0-9]+)? *$"

    /// Every key of the schema strings the schemas use: the documents' titles and the fields' descriptions.
    public static var stringKeys: [String] {
        var keys = Set<String>()
        func collect(_ fields: [SchemaField]) {
            for field in fields {
                keys.insert(field.description)
                collect(nested(field.shape))
            }
        }
        for document in SchemaDocument.allCases {
            keys.insert("document.\(document.name)")
            collect(ContentSchemas.fields(of: document))
        }
        return keys.sorted()
    }

    private static func nested(_ shape: FieldShape) -> [SchemaField] {
        switch shape {
        case .object(let fields): fields
        case .list(let inner), .nullable(let inner): nested(inner)
        case .either(let shapes): shapes.flatMap(nested)
        default: []
        }
    }

    /// The schema of one document.
    public func schema(for document: SchemaDocument) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("$schema", .string(Self.draft)),
            ("title", .string(strings["document.\(document.name)"])),
        ]
        members += object(ContentSchemas.fields(of: document))
        members.append(("$defs", .object(definitions)))
        return .object(members)
    }

    /// The shared choices, referred to by `#/$defs/...`.
    private var definitions: [(String, JSONValue)] {
        var defs: [(String, JSONValue)] = TaxonomyName.allCases.map { taxonomy in
            (taxonomy.rawValue, choices(vocabulary.terms[taxonomy] ?? []))
        }
        defs.append(("publication", choices(vocabulary.publications)))
        defs.append(("reference", choices(vocabulary.references)))
        return defs
    }

    /// `enum` with the labels beside it (`enumDescriptions`, which the YAML language server shows).
    private func choices(_ options: [(id: String, label: String)]) -> JSONValue {
        .object([("type", .string("string")),
                  ("enum", .array(options.map { .string($0.id) })),
                  ("enumDescriptions", .array(options.map { .string($0.label) }))])
    }

    private func object(_ fields: [SchemaField]) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [("type", .string("object"))]
        members.append(("properties", .object(fields.map { field in
            // An optional field may say `~` ("not stated"): the loader reads it as left out.
            (field.name, .object([("description", .string(strings[field.description]))]
                                    + shape(field.required ? field.shape : Self.allowingNull(field.shape))))
        })))
        let required = fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("additionalProperties", .bool(false)))
        return members
    }

    private static func allowingNull(_ shape: FieldShape) -> FieldShape {
        if case .nullable = shape { return shape }
        return .nullable(shape)
    }

    private func shape(_ shape: FieldShape) -> [(String, JSONValue)] {
        switch shape {
        case .text: return [("type", .string("string"))]
        case .textOrNumber: return [("type", .array([.string("string"), .string("number")]))]
        case .number: return [("type", .string("number"))]
        case .integer: return [("type", .string("integer"))]
        case .bool: return [("type", .string("boolean"))]
        case .date:
            // YAML reads a bare year (2023) as a number.
            return [("anyOf", .array([.object([("type", .string("string")), ("pattern", .string(Self.datePattern))]),
                                      .object([("type", .string("integer")), ("minimum", .integer(1000)), ("maximum", .integer(9999))])]))]
        case .page:
            return [("anyOf", .array([.object([("type", .string("integer")), ("minimum", .integer(0))]),
                                      .object([("type", .string("string")), ("pattern", .string(Self.pagePattern))])]))]
        case .url: return [("type", .string("string")), ("pattern", .string("^https?://"))]
        case .choice(let words): return [("enum", .array(words.map { .string($0) }))]
        case .publicationID: return [("$ref", .string("#/$defs/publication"))]
        case .term(let taxonomy): return [("$ref", .string("#/$defs/\(taxonomy.rawValue)"))]
        case .reference: return [("$ref", .string("#/$defs/reference"))]
        case .newID: return [("type", .string("string")), ("pattern", .string(Self.idPattern)), ("maxLength", .integer(80))]
        case .list(let inner): return [("type", .string("array")), ("items", .object(self.shape(inner)))]
        case .object(let fields): return object(fields)
        case .either(let shapes): return [("anyOf", .array(shapes.map { .object(self.shape($0)) }))]
        case .nullable(let inner): return [("anyOf", .array([.object([("type", .string("null"))]), .object(self.shape(inner))]))]
        }
    }
}
