import VitrineContent

/// Why an output file or folder could not be written.
public enum OutputFailure: Error, CustomStringConvertible, Sendable {
    case unsafePath(String)
    case io(String, String)
    /// The disk is full (or over a quota or file-size limit): the first such write.
    case diskFull(String, String)
    /// Not tried, because an earlier write found the disk full; reported once, as `diskFull`.
    case notWritten(String)
    /// The folder and why replacing it is refused, in the catalogs' words.
    case unsafeTarget(String, DiagnosticText)

    /// The problem as a diagnostic at `location`.
    public func diagnostic(at location: SourceLocation) -> Diagnostic {
        switch self {
        case .unsafePath(let path): .error(.unsafeOutputPath, ["path": .value(path)], at: location)
        case .io(let path, let message): .error(.cannotWriteOutput, ["path": .value(path), "reason": .value(message)], at: location)
        case .diskFull(let path, let message): .error(.outputDiskFull, ["path": .value(path), "reason": .value(message)], at: location)
        case .notWritten(let path): .error(.outputDiskFull, ["path": .value(path), "reason": .value("")], at: location)
        case .unsafeTarget(let path, let reason): .error(.unsafeOutputTarget, ["path": .value(path), "reason": reason], at: location)
        }
    }

    /// Whether this failure is already said by an earlier one.
    public var isFollowOn: Bool {
        if case .notWritten = self { return true }
        return false
    }

    /// In English.
    public var description: String { diagnostic(at: SourceLocation(file: "")).message }
}
