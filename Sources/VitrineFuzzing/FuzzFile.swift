/// One file a fuzz input became, as the loader saw it: the path the diagnostics name and the
/// bytes, so the finding rules can check every position against the file's own lines.
public struct FuzzFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
