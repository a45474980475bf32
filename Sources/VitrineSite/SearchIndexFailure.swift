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
    /// `finish(into:)` was called a second time, or after `cancel()`.
    case alreadyFinished

    public var description: String {
        switch self {
        case .notInstalled:
            return "pagefind is not installed (make venv puts it in .venv/bin)"
        case .cannotLaunch(let executable, let reason):
            return "cannot run \(executable): \(reason)"
        case .rejected(let message, let original):
            return "pagefind: \(message)" + (original.map { " (request: \($0.prefix(200)))" } ?? "")
        case .exited(let status, let output):
            return "pagefind exited with status \(status) before the search index was written"
                + (output.isEmpty ? "" : ": \(output)")
        case .unresponsive(let seconds):
            return "pagefind did not answer for \(Int(seconds.rounded())) s; stopped it"
        case .unreadableResponse(let text):
            return "pagefind gave an answer that is not a service response: \(text.prefix(200))"
        case .alreadyFinished:
            return "the search index was already finished"
        }
    }
}
