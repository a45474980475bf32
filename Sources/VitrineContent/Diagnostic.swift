/// One problem found in the content, reported the way a compiler reports one. The problem is
/// data (its `code`, the code's arguments, the hint's key and arguments); the catalogs in
/// `Diagnostics/` put it into words, in English (`message`, `hint`, `description`) or in the
/// authors' language (`localized(to:)`).
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: Severity
    /// What kind of problem it is: stable, for tools (`vitrine check --format json`).
    public var code: DiagnosticCode
    /// The values of the message's placeholders (`{value}` in "unknown {what} '{value}'").
    public var arguments: [String: DiagnosticText]
    /// A suggestion on how to fix it, when there is one worth giving.
    public var hintText: DiagnosticText?

    public init(_ severity: Severity, _ code: DiagnosticCode, _ arguments: [String: DiagnosticText] = [:],
                at location: SourceLocation, hint: DiagnosticText? = nil) {
        self.severity = severity
        self.code = code
        self.arguments = arguments
        self.location = location
        self.hintText = hint
    }

    public static func error(_ code: DiagnosticCode, _ arguments: [String: DiagnosticText] = [:],
                             at location: SourceLocation, hint: DiagnosticText? = nil) -> Diagnostic {
        Diagnostic(.error, code, arguments, at: location, hint: hint)
    }

    public static func warning(_ code: DiagnosticCode, _ arguments: [String: DiagnosticText] = [:],
                               at location: SourceLocation, hint: DiagnosticText? = nil) -> Diagnostic {
        Diagnostic(.warning, code, arguments, at: location, hint: hint)
    }

    /// The message as a phrase of the catalogs: the code is its key.
    public var messageText: DiagnosticText { .phrase(code.rawValue, arguments) }

    /// The message in English.
    public var message: String { message(in: .en) }

    /// The hint in English.
    public var hint: String? { hint(in: .en) }

    /// `Content/cards/x.md:7:3: error: unknown theme 'scholng' (did you mean 'scholing'?)`
    public var description: String { localized(to: .en) }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line and column; errors before warnings at the same place.
    public func sortedForDisplay() -> [Diagnostic] {
        // The English message decides between two at the same place, so the order is the same in every language.
        map { ($0, $0.message) }.sorted { a, b in
            if a.0.location != b.0.location { return a.0.location < b.0.location }
            if a.0.severity != b.0.severity { return a.0.severity < b.0.severity }
            return a.1 < b.1
        }.map(\.0)
    }

    public var errorCount: Int { lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { lazy.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
