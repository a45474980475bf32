import VitrineContent

/// Collects what failed to render while a report is composed (one composition, one thread).
final class RenderProblems: @unchecked Sendable {
    private(set) var diagnostics: [Diagnostic] = []

    func add(_ problems: [Diagnostic]) { diagnostics += problems }
}
