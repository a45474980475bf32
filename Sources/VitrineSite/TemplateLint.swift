import VitrineContent
import VitrineTemplates

/// Finds names in templates that no view model has. Logic-less Mustache renders an unknown
/// name as nothing, so a typo would otherwise ship as a silently empty spot on every page.
struct TemplateLint {
    let templates: TemplateSet
    /// Every field name the view models have, gathered from sample views.
    let knownNames: Set<String>

    init(templates: TemplateSet, samples: [Any]) {
        self.templates = templates
        var names: Set<String> = ["."]
        for sample in samples { Self.collectNames(sample, into: &names) }
        names.formUnion(templates.strings.labels.keys)
        knownNames = names
    }

    func check() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (name, source) in templates.sources.sorted(by: { $0.key < $1.key }) {
            let file = "\(templates.directory)/\(name).mustache"
            for tag in Self.tags(in: source) {
                for component in tag.name.split(separator: ".").map(String.init) where !knownNames.contains(component) {
                    diagnostics.append(.error(
                        "template uses '\(tag.name)', but no view model has a field '\(component)'",
                        at: SourceLocation(file: file, line: tag.line, column: tag.column),
                        hint: Suggestion.hint(for: component, among: knownNames)))
                }
            }
        }
        return diagnostics
    }

    /// Names of variable and section tags, with their positions. Partials, parents, blocks,
    /// comments and pragmas name templates or nothing, not fields.
    static func tags(in source: String) -> [(name: String, line: Int, column: Int)] {
        MustacheTag.scan(source).compactMap { tag in
            guard tag.sigil == nil || "#^&{".contains(tag.sigil!) else { return nil }
            // Transforms such as `{{ uppercased(name) }}` name a function first.
            let field = tag.name.contains("(") ? String(tag.name.split(separator: "(").last?.dropLast() ?? "") : tag.name
            return field.isEmpty ? nil : (field, tag.line, tag.column)
        }
    }

    /// Field labels of a value and everything inside it, through optionals and arrays.
    static func collectNames(_ value: Any, into names: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .dictionary {
            for child in mirror.children {
                let pair = Mirror(reflecting: child.value).children.map(\.value)
                if let key = pair.first as? String { names.insert(key) }
            }
            return
        }
        for child in mirror.children {
            if let label = child.label, mirror.displayStyle == .struct || mirror.displayStyle == .class { names.insert(label) }
            if child.value is String { continue }
            collectNames(child.value, into: &names)
        }
    }
}
