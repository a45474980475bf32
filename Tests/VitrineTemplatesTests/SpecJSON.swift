import VitrineTemplates

/// A JSON value from the spec files, turned into template data: objects become dynamic
/// objects (looked up by name, `.missing` when absent), as the spec's context rules need.
enum SpecJSON: Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([SpecJSON])
    case object([String: SpecJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([SpecJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: SpecJSON].self))
        }
    }

    var templateValue: TemplateValue {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .double(let value): .double(value)
        case .string(let value): .text(value)
        case .array(let values): .list(values.map(\.templateValue))
        case .object(let fields): .object(dictionary(fields))
        }
    }

    var dictionary: TemplateDictionary {
        if case .object(let fields) = self { return dictionary(fields) }
        return TemplateDictionary()
    }

    private func dictionary(_ fields: [String: SpecJSON]) -> TemplateDictionary {
        TemplateDictionary(fields.mapValues(\.templateValue))
    }
}

/// One file of github.com/mustache/spec (specs/*.json).
struct SpecFile: Decodable {
    struct Case: Decodable {
        let name: String
        let data: SpecJSON
        let template: String
        let partials: [String: String]?
        let expected: String
    }

    let tests: [Case]
}
