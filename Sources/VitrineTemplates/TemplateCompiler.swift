import VitrineContent

/// Compiles an entry template and everything it includes for one root type. Names become
/// field indices of frame types, checked against the views' schemas; every problem
/// becomes a `Diagnostic` with the template file, line and column.
final class TemplateCompiler {
    struct Context {
        let template: ParsedTemplate
        let signature: [FrameType]
        let blocks: [String: BlockBinding]
    }

    let templates: [String: ParsedTemplate]
    /// Templates that did not parse: their syntax error is reported already.
    let broken: Set<String>
    let strings: InterfaceStrings?
    let stringsFile: String
    let unknownPartials: UnknownPartialPolicy
    private(set) var programs: [[Instruction]] = []
    private var programIndex: [ProgramKey: Int] = [:]
    private var diagnosticSet: Set<Diagnostic> = []
    var templatesUsed: Set<String> = []
    /// Object types met so far, by identity, to read their schemas.
    var types: [ObjectIdentifier: any TemplateObject.Type] = [:]
    /// Arguments being expanded, so an argument that names its own block ends.
    var expanding: Set<BlockBinding.Reference> = []

    init(templates: [String: ParsedTemplate], broken: Set<String>, strings: InterfaceStrings?, stringsFile: String,
         unknownPartials: UnknownPartialPolicy) {
        self.templates = templates
        self.broken = broken
        self.strings = strings
        self.stringsFile = stringsFile
        self.unknownPartials = unknownPartials
    }

    var diagnostics: [Diagnostic] { Array(diagnosticSet).sortedForDisplay() }

    /// The program index of the entry template, or nil when there is no such template.
    func compileEntry(_ name: String, root: any TemplateObject.Type) -> Int? {
        guard let template = templates[name] else { return nil }
        let root = frameType(of: root, at: SourceLocation(file: template.file))
        return program(for: template, signature: [root], blocks: [:])
    }

    func program(for template: ParsedTemplate, signature: [FrameType], blocks: [String: BlockBinding]) -> Int {
        let key = ProgramKey(template: template.name, signature: signature,
                             arguments: blocks.values.map(\.reference).sorted { $0.name < $1.name })
        if let index = programIndex[key] { return index }
        let index = programs.count
        programs.append([])
        programIndex[key] = index
        templatesUsed.insert(template.name)
        programs[index] = compile(template.nodes, Context(template: template, signature: signature, blocks: blocks))
        return index
    }

    func compile(_ nodes: [TemplateNode], _ context: Context) -> [Instruction] {
        var code: [Instruction] = []
        for node in nodes {
            switch node {
            case .text(let bytes):
                code.append(.text(bytes))
            case .lineStart:
                code.append(.lineStart)
            case .variable(let expression, let escaped, let position):
                if let instruction = print(expression, escaped: escaped, at: position, context) { code.append(instruction) }
            case .section(let expression, let inverted, let body, let position):
                if let instruction = section(expression, inverted: inverted, body: body, at: position, context) {
                    code.append(instruction)
                }
            case .partial(let name, let indentation, let position):
                if let instruction = partial(name, indentation: indentation, at: position, context) { code.append(instruction) }
            case .parent(let name, let indentation, let arguments, let position):
                if let instruction = parent(name, indentation: indentation, arguments: arguments, at: position, context) {
                    code.append(instruction)
                }
            case .block(let parameter):
                code += block(parameter, context)
            }
        }
        return code
    }

    func report(_ code: DiagnosticCode, _ arguments: [String: DiagnosticText], at position: TemplatePosition,
                _ context: Context, hint: DiagnosticText? = nil) {
        let location = SourceLocation(file: context.template.file, line: position.line, column: position.column)
        diagnosticSet.insert(.error(code, arguments, at: location, hint: hint))
    }

    /// The frame type of `type`, registering the type (and warning, once, about a field it
    /// declares twice) when it is first met.
    func frameType(of type: any TemplateObject.Type, at location: SourceLocation) -> FrameType {
        let frame = FrameType.of(type)
        if case .object(let id) = frame, types.updateValue(type, forKey: id) == nil {
            for name in type.templateSchema.duplicateNames {
                diagnosticSet.insert(.warning(.templateFieldDeclaredTwice, ["type": .value("\(type)"), "field": .value(name)],
                                              at: location))
            }
        }
        return frame
    }
}
