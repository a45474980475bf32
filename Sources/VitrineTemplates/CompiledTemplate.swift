import VitrineContent

/// An entry template compiled for one root type: its programs (the entry and every
/// partial, parent and signature it reaches), the templates it uses, and its diagnostics.
/// Immutable, so renders on several threads share it.
final class CompiledTemplate: Sendable {
    let programs: [[Instruction]]
    /// Nil when compiling failed.
    let entry: Int?
    /// The tag the root frame gets (nil: a dynamic root, looked up by name).
    let rootType: ObjectIdentifier?
    let templatesUsed: Set<String>
    let diagnostics: [Diagnostic]

    init(programs: [[Instruction]], entry: Int?, rootType: ObjectIdentifier?, templatesUsed: Set<String>,
         diagnostics: [Diagnostic]) {
        self.programs = programs
        self.entry = entry
        self.rootType = rootType
        self.templatesUsed = templatesUsed
        self.diagnostics = diagnostics
    }
}
