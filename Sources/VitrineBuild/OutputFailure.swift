/// Why an output file or folder could not be written.
public enum OutputFailure: Error, CustomStringConvertible, Sendable {
    case unsafePath(String)
    case io(String, String)
    case unsafeTarget(String, String)

    public var description: String {
        switch self {
        case .unsafePath(let path): "refusing to write outside the output folder: '\(path)'"
        case .io(let path, let message): "cannot write '\(path)': \(message)"
        case .unsafeTarget(let path, let reason): "refusing to replace '\(path)': \(reason)"
        }
    }
}
