import VitrineContent

extension Diagnostic {
    /// A failure to write the output: an `OutputFailure` in its words, anything else as the system says it.
    static func output(_ error: any Error, at location: SourceLocation) -> Diagnostic {
        if let failure = error as? OutputFailure { return failure.diagnostic(at: location) }
        return .error(.outputFailed, ["reason": .value("\(error)")], at: location)
    }
}
