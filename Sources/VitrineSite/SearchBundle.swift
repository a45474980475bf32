import VitrineTemplates

/// What `SearchIndexer.finish()` got from Pagefind: the bundle's files, for the caller to write
/// through its output sink (Pagefind writing them itself left files empty when it exited
/// before its background writes were done).
public struct SearchBundle: Sendable, Equatable {
    /// Records Pagefind accepted.
    public var records: Int
    /// Words over all records, as Pagefind counted them.
    public var words: Int
    /// The bundle's files, paths relative to the bundle folder, sorted by path.
    public var files: [OutputFile]

    public init(records: Int, words: Int, files: [OutputFile]) {
        self.records = records
        self.words = words
        self.files = files
    }
}
