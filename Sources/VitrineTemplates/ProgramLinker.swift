import VitrineContent

/// Flattens the compiler's instruction trees into one array of `Operation`s with side
/// tables, the form the renderer runs without retaining anything per step.
struct ProgramLinker {
    private(set) var operations: [Operation] = []
    private(set) var text: [UInt8] = []
    private(set) var accesses: [ValueAccess] = []
    private(set) var indentations: [[UInt8]] = []
    private(set) var sites: [SourceLocation] = []
    /// Where each program starts and ends in `operations`.
    private(set) var programs: [Range<Int>] = []
    /// Texts merge only with a text after the last section boundary.
    private var mergeBarrier = 0

    static func link(_ programs: [[Instruction]]) -> ProgramLinker {
        var linker = ProgramLinker()
        for program in programs {
            let start = linker.operations.count
            linker.mergeBarrier = start
            linker.append(program)
            linker.programs.append(start..<linker.operations.count)
        }
        return linker
    }

    private mutating func append(_ code: [Instruction]) {
        for instruction in code {
            switch instruction {
            case .text(let bytes):
                // Neighbouring texts (a text, then an inlined block's text) become one copy.
                if operations.count > mergeBarrier, case .text(let start, let count)? = operations.last,
                   start + count == text.count {
                    operations[operations.count - 1] = .text(start: start, count: count + bytes.count)
                } else {
                    operations.append(.text(start: text.count, count: bytes.count))
                }
                text += bytes
            case .lineStart:
                operations.append(.lineStart)
            case .print(let access, let escapesHTML):
                operations.append(.print(reference(access), escapesHTML: escapesHTML))
            case .section(let access, let frameType, let body):
                let reference = reference(access)
                appendBody(body) { .section(reference, frameType: frameType, end: $0) }
            case .inverted(let access, let body):
                let reference = reference(access)
                appendBody(body) { .inverted(reference, end: $0) }
            case .call(let program, let indentation, let site):
                sites.append(site)
                let index = indentation.map { indentationIndex($0) } ?? -1
                operations.append(.call(program: program, indentation: index, site: sites.count - 1))
            case .indented(let indentation, let body):
                let index = indentationIndex(indentation)
                appendBody(body) { .indented(indentation: index, end: $0) }
            }
        }
    }

    private mutating func appendBody(_ body: [Instruction], _ make: (Int) -> Operation) {
        let position = operations.count
        operations.append(.lineStart)
        mergeBarrier = operations.count
        append(body)
        operations[position] = make(operations.count)
        mergeBarrier = operations.count
    }

    private mutating func reference(_ access: ValueAccess) -> ValueReference {
        if access.steps.isEmpty && !access.testsEmptiness {
            switch access.head {
            case .field(let type, let index, nil): return .field(type, index)
            case .nestedField(let type, let index, let inner): return .nestedField(type, index, inner)
            default: break
            }
        }
        accesses.append(access)
        return .access(accesses.count - 1)
    }

    private mutating func indentationIndex(_ bytes: [UInt8]) -> Int {
        indentations.append(bytes)
        return indentations.count - 1
    }
}
