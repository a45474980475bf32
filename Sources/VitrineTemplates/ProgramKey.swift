/// One compiled program per template, stack signature and bound block arguments, so a
/// recursive partial (a section including itself for subsections) compiles once.
struct ProgramKey: Hashable {
    let template: String
    let signature: [FrameType]
    let arguments: [BlockBinding.Reference]
}
