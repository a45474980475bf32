/// One problem found in the content, reported the way a compiler reports one.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// A suggestion on how to fix it, when there is one worth giving.
    public var hint: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, hint: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.hint = hint
    }

    public static func error(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, hint: hint)
    }

    public static func warning(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, hint: hint)
    }

    /// `Content/cards/x.md:7:3: error: unknown theme 'scholng' (did you mean 'scholing'?)`
    public var description: String {
        var line = "\(location): \(severity.rawValue): \(message)"
        if let hint { line += " (\(hint))" }
        return line
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line and column; errors before warnings at the same place.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            if a.severity != b.severity { return a.severity < b.severity }
            return a.message < b.message
        }
    }

    public var errorCount: Int { lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { lazy.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
