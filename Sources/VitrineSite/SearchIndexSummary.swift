/// What `SearchIndexer.finish(into:)` wrote.
public struct SearchIndexSummary: Sendable, Equatable {
    /// Records Pagefind accepted.
    public var records: Int
    /// Words over all records, as Pagefind counted them.
    public var words: Int
    /// The bundle folder, as Pagefind resolved it.
    public var bundle: String

    public init(records: Int, words: Int, bundle: String) {
        self.records = records
        self.words = words
        self.bundle = bundle
    }
}
