import VitrineContent

/// Interpolations and sections: what may be printed how, and what a section pushes.
extension TemplateCompiler {
    func print(_ expression: TagExpression, escaped: Bool, at position: TemplatePosition, _ context: Context) -> Instruction? {
        guard let resolved = resolve(expression, at: position, context) else { return nil }
        let html = context.template.escapesHTML
        let name = expression.text
        if let constant = resolved.constant {
            guard escaped || !html else {
                report(.unescapedString, Self.tags(name), at: position, context)
                return nil
            }
            return .text(html ? HTMLEscaper.escaped(constant) : Array(constant.utf8))
        }
        switch resolved.kind {
        case .text:
            guard escaped || !html else {
                report(.unescapedText, Self.tags(name), at: position, context)
                return nil
            }
            return .print(resolved.access, escapesHTML: html)
        case .html:
            guard !escaped || !html else {
                report(.escapedHTML, Self.tags(name), at: position, context)
                return nil
            }
            return .print(resolved.access, escapesHTML: false)
        case .bool, .number:
            return .print(resolved.access, escapesHTML: false)
        case .dynamic:
            return .print(resolved.access, escapesHTML: escaped && html)
        case .list:
            report(.printedList, ["name": .value(name), "kind": resolved.kind.phrase,
                                  "section": .value("{{#\(name)}}...{{/\(name)}}")], at: position, context)
            return nil
        case .object:
            report(.printedObject, ["name": .value(name), "kind": resolved.kind.phrase], at: position, context)
            return nil
        case .interfaceStrings:
            report(.printedStrings, ["name": .value(name), "example": .value("{{\(name).some_key}}")], at: position, context)
            return nil
        }
    }

    func section(_ expression: TagExpression, inverted: Bool, body: [TemplateNode], at position: TemplatePosition,
                 _ context: Context) -> Instruction? {
        guard let resolved = resolve(expression, at: position, context) else { return nil }
        if inverted { return .inverted(resolved.access, compile(body, context)) }
        let location = SourceLocation(file: context.template.file, line: position.line, column: position.column)
        guard let frame = pushedFrame(by: resolved.kind, at: location) else {
            report(.sectionOnStrings, ["name": .value(expression.text)], at: position, context)
            return nil
        }
        let inner = Context(template: context.template, signature: context.signature.pushing(frame), blocks: context.blocks)
        return .section(resolved.access, frameType: frame.objectID, compile(body, inner))
    }

    /// A name and its two tags as written: `{{name}}` (escaped) and `{{{name}}}` (unescaped).
    private static func tags(_ name: String) -> [String: DiagnosticText] {
        ["name": .value(name), "escaped": .value("{{\(name)}}"), "unescaped": .value("{{{\(name)}}}")]
    }

    /// The frame a section over `kind` pushes, with its type known to the compiler.
    private func pushedFrame(by kind: TemplateFieldKind, at location: SourceLocation) -> FrameType? {
        switch kind {
        case .object(let type): frameType(of: type, at: location)
        case .list(.object(let type)): frameType(of: type, at: location)
        default: FrameType.pushed(by: kind)
        }
    }
}
