import VitrineContent

/// Interpolations and sections: what may be printed how, and what a section pushes.
extension TemplateCompiler {
    func print(_ expression: TagExpression, escaped: Bool, at position: TemplatePosition, _ context: Context) -> Instruction? {
        guard let resolved = resolve(expression, at: position, context) else { return nil }
        let html = context.template.escapesHTML
        let name = expression.text
        if let constant = resolved.constant {
            guard escaped || !html else {
                report("'\(name)' is text, so {{{\(name)}}} would print it unescaped; use {{\(name)}}", at: position, context)
                return nil
            }
            return .text(html ? HTMLEscaper.escaped(constant) : Array(constant.utf8))
        }
        switch resolved.kind {
        case .text:
            guard escaped || !html else {
                report("'\(name)' is text, so {{{\(name)}}} would print user text unescaped; use {{\(name)}}", at: position, context)
                return nil
            }
            return .print(resolved.access, escapesHTML: html)
        case .html:
            guard !escaped || !html else {
                report("'\(name)' is HTML already, so {{\(name)}} would escape it twice; use {{{\(name)}}}", at: position, context)
                return nil
            }
            return .print(resolved.access, escapesHTML: false)
        case .bool, .number:
            return .print(resolved.access, escapesHTML: false)
        case .dynamic:
            return .print(resolved.access, escapesHTML: escaped && html)
        case .list:
            report("cannot print '\(name)': it is \(resolved.kind.phrase); use a section, {{#\(name)}}...{{/\(name)}}",
                   at: position, context)
            return nil
        case .object:
            report("cannot print '\(name)': it is \(resolved.kind.phrase); use a section or a dotted name", at: position, context)
            return nil
        case .interfaceStrings:
            report("cannot print '\(name)': it holds the interface strings; name one, as in {{\(name).some_key}}",
                   at: position, context)
            return nil
        }
    }

    func section(_ expression: TagExpression, inverted: Bool, body: [TemplateNode], at position: TemplatePosition,
                 _ context: Context) -> Instruction? {
        guard let resolved = resolve(expression, at: position, context) else { return nil }
        if inverted { return .inverted(resolved.access, compile(body, context)) }
        let location = SourceLocation(file: context.template.file, line: position.line, column: position.column)
        guard let frame = pushedFrame(by: resolved.kind, at: location) else {
            report("cannot open a section on '\(expression.text)': it holds the interface strings", at: position, context)
            return nil
        }
        let inner = Context(template: context.template, signature: context.signature.pushing(frame), blocks: context.blocks)
        return .section(resolved.access, frameType: frame.objectID, compile(body, inner))
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
