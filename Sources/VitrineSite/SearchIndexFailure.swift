import VitrineContent

/// Why no search bundle was written. Every way Pagefind can fail ends in one of these; none
/// of them stops the build by itself (the caller decides whether a site without search is
/// a warning or an error).
public enum SearchIndexFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// No Pagefind binary was found (`make venv` installs it into `.venv`).
    case notInstalled
    /// The binary is there but could not be started.
    case cannotLaunch(executable: String, reason: String)
    /// Pagefind answered a request with an error.
    case rejected(message: String, originalMessage: String?)
    /// Pagefind exited before the bundle was written; `output` is the end of what it printed.
    case exited(status: Int32, output: String)
    /// Pagefind stopped answering for longer than the configured stall timeout.
    case unresponsive(seconds: Double)
    /// Pagefind printed something that is not a service response (not the service protocol).
    case unreadableResponse(String)
    /// `finish()` was called a second time, or after `cancel()`.
    case alreadyFinished

    /// The failure in the catalogs' words; Pagefind's own messages as it prints them.
    public var text: DiagnosticText {
        switch self {
        case .notInstalled:
            .phrase("search.not-installed")
        case .cannotLaunch(let executable, let reason):
            .phrase("search.cannot-launch", ["executable": .value(executable), "reason": .value(reason)])
        case .rejected(let message, let original):
            original.map { .phrase("search.rejected-request", ["message": .value(message), "request": .value(String($0.prefix(200)))]) }
                ?? .phrase("search.rejected", ["message": .value(message)])
        case .exited(let status, let output):
            output.isEmpty ? .phrase("search.exited", ["status": .value(String(status))])
                : .phrase("search.exited-saying", ["status": .value(String(status)), "output": .value(output)])
        case .unresponsive(let seconds):
            .phrase("search.unresponsive", ["seconds": .value(String(Int(seconds.rounded())))])
        case .unreadableResponse(let text):
            .phrase("search.unreadable", ["answer": .value(String(text.prefix(200)))])
        case .alreadyFinished:
            .phrase("search.finished")
        }
    }

    /// In English.
    public var description: String { DiagnosticCatalog.of(.en).render(text) }
}
