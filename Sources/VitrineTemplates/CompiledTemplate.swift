import VitrineContent

/// An entry template compiled for one root type and linked: the code of the entry and of
/// every partial, parent and signature it reaches, the templates it uses, and its
/// diagnostics. Immutable, so renders on several threads share it.
final class CompiledTemplate: Sendable {
    let code: LinkedCode
    /// Nil when compiling failed.
    let entry: Int?
    /// The tag the root frame gets (nil: a dynamic root, looked up by name).
    let rootType: ObjectIdentifier?
    let templatesUsed: Set<String>
    let diagnostics: [Diagnostic]

    init(code: LinkedCode, entry: Int?, rootType: ObjectIdentifier?, templatesUsed: Set<String>, diagnostics: [Diagnostic]) {
        self.code = code
        self.entry = entry
        self.rootType = rootType
        self.templatesUsed = templatesUsed
        self.diagnostics = diagnostics
    }
}

/// The linker's output, as the renderer reads it.
struct LinkedCode: Sendable {
    let operations: [Operation]
    let text: [UInt8]
    let accesses: [ValueAccess]
    let indentations: [[UInt8]]
    let sites: [SourceLocation]
    let programs: [Range<Int>]

    static let empty = LinkedCode(operations: [], text: [], accesses: [], indentations: [], sites: [], programs: [])

    init(operations: [Operation], text: [UInt8], accesses: [ValueAccess], indentations: [[UInt8]],
         sites: [SourceLocation], programs: [Range<Int>]) {
        self.operations = operations
        self.text = text
        self.accesses = accesses
        self.indentations = indentations
        self.sites = sites
        self.programs = programs
    }

    init(_ linker: ProgramLinker) {
        self.init(operations: linker.operations, text: linker.text, accesses: linker.accesses,
                  indentations: linker.indentations, sites: linker.sites, programs: linker.programs)
    }
}
