import VitrineContent

/// Partials, parents and blocks. A partial or parent compiles once per stack signature
/// and set of bound arguments; a block compiles to the argument bound to its name (in the
/// argument's own file and content type) or to its default content.
extension TemplateCompiler {
    func partial(_ name: String, indentation: [UInt8]?, at position: TemplatePosition, _ context: Context) -> Instruction? {
        guard let template = included(name, kind: .phrase("included.partial"), at: position, context) else { return nil }
        let index = program(for: template, signature: context.signature, blocks: context.blocks)
        return .call(index, indentation: indentation, site: location(position, context))
    }

    func parent(_ name: String, indentation: [UInt8]?, arguments: [BlockArgument], at position: TemplatePosition,
                _ context: Context) -> Instruction? {
        guard let template = included(name, kind: .phrase("included.parent"), at: position, context) else { return nil }
        var blocks = context.blocks
        for argument in arguments where blocks[argument.name] == nil {
            let reference = BlockBinding.Reference(name: argument.name, template: context.template.name, id: argument.id)
            blocks[argument.name] = BlockBinding(reference: reference, argument: argument, owner: context.template)
        }
        let index = program(for: template, signature: context.signature, blocks: blocks)
        return .call(index, indentation: indentation, site: location(position, context))
    }

    func block(_ parameter: BlockParameter, _ context: Context) -> [Instruction] {
        guard let binding = context.blocks[parameter.name], !expanding.contains(binding.reference) else {
            return compile(parameter.defaultContent, context)
        }
        expanding.insert(binding.reference)
        defer { expanding.remove(binding.reference) }
        let owner = Context(template: binding.owner, signature: context.signature, blocks: context.blocks)
        var body = compile(binding.argument.content, owner)
        // Inside a line, the block's own line already has its indentation.
        if !parameter.indentsFirstLine, case .lineStart? = body.first { body.removeFirst() }
        return parameter.overrideIndentation.isEmpty ? body : [.indented(parameter.overrideIndentation, body)]
    }

    private func included(_ name: String, kind: DiagnosticText, at position: TemplatePosition, _ context: Context) -> ParsedTemplate? {
        if let template = templates[name] { return template }
        templatesUsed.insert(name)
        if unknownPartials == .error && !broken.contains(name) {
            let written = Self.tagName(name)
            report(.unknownPartial, ["kind": kind, "name": .value(written), "file": .value("\(name).mustache")], at: position, context,
                   hint: .didYouMean(Suggestion.closest(to: written, among: templates.keys.map(Self.tagName))))
        }
        return nil
    }

    private func location(_ position: TemplatePosition, _ context: Context) -> SourceLocation {
        SourceLocation(file: context.template.file, line: position.line, column: position.column)
    }

    /// `partials/tile` as templates write it: `partials.tile`.
    static func tagName(_ templateName: String) -> String {
        String(templateName.map { $0 == "/" ? "." : $0 })
    }
}
