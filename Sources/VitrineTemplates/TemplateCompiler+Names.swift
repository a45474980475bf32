import VitrineContent

/// Name resolution: a path's first part is found in the nearest frame type that declares
/// it (a declared nil stops there); the rest are fields of that field's type.
extension TemplateCompiler {
    struct Resolution {
        let access: ValueAccess
        let kind: TemplateFieldKind
        /// An interface string, known now.
        let constant: String?
    }

    func resolve(_ expression: TagExpression, at position: TemplatePosition, _ context: Context) -> Resolution? {
        var head: ValueAccess.Head
        var kind: TemplateFieldKind
        var steps: [ValueAccess.Step] = []
        var constant: String?
        if let first = expression.path.first {
            guard let found = resolveFirst(first, in: expression, at: position, context) else { return nil }
            (head, kind) = found
        } else {
            head = .top
            kind = topKind(context.signature)
        }
        var walked = expression.path.first ?? "."
        for name in expression.path.dropFirst() {
            switch kind {
            case .interfaceStrings:
                guard let text = interfaceString(name, of: walked, at: position, context) else { return nil }
                (head, steps, kind, constant) = (.constant(text), [], .text, text)
            case .object(let type) where type.templateSchema.isDynamic:
                steps.append(.named(name))
                kind = .dynamic
            case .object(let type):
                let schema = type.templateSchema
                guard let index = schema.index(of: name) else {
                    report(.unknownFieldInPath, ["field": .value(name), "tag": .value(expression.text), "type": .value("\(type)")],
                           at: position, context, hint: .didYouMean(Suggestion.closest(to: name, among: schema.fieldNames)))
                    return nil
                }
                steps.append(.field(index))
                kind = schema.fields[index].kind
                constant = nil
            case .dynamic:
                steps.append(.named(name))
            default:
                report(.notAnObject, ["tag": .value(expression.text), "walked": .value(walked), "kind": kind.phrase],
                       at: position, context)
                return nil
            }
            walked += ".\(name)"
        }
        // `{{site.title}}`: read the site view's field in place instead of boxing the view.
        if case .field(let type, let index, nil) = head, case .field(let inner)? = steps.first {
            head = .nestedField(type, index, inner)
            steps.removeFirst()
        }
        if expression.testsEmptiness { kind = .bool }
        return Resolution(access: ValueAccess(head: head, steps: steps, testsEmptiness: expression.testsEmptiness),
                          kind: kind, constant: expression.testsEmptiness ? nil : constant)
    }

    private func resolveFirst(_ name: String, in expression: TagExpression, at position: TemplatePosition,
                              _ context: Context) -> (ValueAccess.Head, TemplateFieldKind)? {
        var dynamicAbove = false
        var searched: [any TemplateObject.Type] = []
        for frame in context.signature {
            if frame == .dynamic {
                dynamicAbove = true
                continue
            }
            guard let id = frame.objectID, let type = types[id] else { continue }
            let schema = type.templateSchema
            guard let index = schema.index(of: name) else {
                searched.append(type)
                continue
            }
            let declared = schema.fields[index].kind
            // A dynamic frame above may hold the name first: then the kind is known only at render time.
            if dynamicAbove && !declared.isInterfaceStrings {
                return (ValueAccess.Head.field(id, index, dynamicName: name), TemplateFieldKind.dynamic)
            }
            return (ValueAccess.Head.field(id, index, dynamicName: nil), declared)
        }
        if dynamicAbove { return (ValueAccess.Head.named(name), TemplateFieldKind.dynamic) }
        let typeNames = searched.map { String(describing: $0) }
        let scope: DiagnosticText = typeNames.isEmpty ? .phrase("scope.nothing-open")
            : .phrase("scope.no-such-field", ["types": Self.alternatives(typeNames)])
        var candidates: [String] = []
        for type in searched { candidates += type.templateSchema.fieldNames }
        report(.unknownTemplateField, ["field": .value(name), "scope": scope], at: position, context,
               hint: .didYouMean(Suggestion.closest(to: name, among: candidates)))
        return nil
    }

    private func interfaceString(_ key: String, of field: String, at position: TemplatePosition, _ context: Context) -> String? {
        guard let strings else {
            report(.noInterfaceStrings, ["tag": .value("\(field).\(key)")], at: position, context)
            return nil
        }
        guard let text = strings.labels[key] else {
            report(.unknownInterfaceString, ["key": .value(key), "file": .value(stringsFile)], at: position, context,
                   hint: .didYouMean(Suggestion.closest(to: key, among: strings.labels.keys)))
            return nil
        }
        return text
    }

    private func topKind(_ signature: [FrameType]) -> TemplateFieldKind {
        switch signature.first {
        case .object(let id)?: types[id].map { .object($0) } ?? .dynamic
        case .text?: .text
        case .html?: .html
        case .bool?: .bool
        case .number?: .number
        case .dynamic?, nil: .dynamic
        }
    }

    /// "A", "A or B", "A, B or C" (the catalogs word the "or").
    static func alternatives(_ names: [String]) -> DiagnosticText {
        guard let last = names.last else { return .value("") }
        guard names.count > 1 else { return .value(last) }
        return .phrase("alternatives", ["others": .value(names.dropLast().joined(separator: ", ")), "last": .value(last)])
    }
}

extension TemplateFieldKind {
    var isInterfaceStrings: Bool {
        if case .interfaceStrings = self { return true }
        return false
    }
}
