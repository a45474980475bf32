/// How `SearchIndexer` runs Pagefind.
public struct SearchIndexConfiguration: Sendable, Equatable {
    /// Index every record as this language, whatever the record says (Pagefind's
    /// `force_language`); one language means one index and one stemmer.
    public var forceLanguage: String?
    /// Extra characters Pagefind should treat as part of words.
    public var includeCharacters: String?
    /// Keep `index.html` at the end of result URLs.
    public var keepIndexURL: Bool
    /// Added to Pagefind's environment. The default gives its allocator one arena instead of
    /// eight: peak memory on 10,000 records 820 MB instead of 1 GB, at the same CPU time.
    /// Pagefind is a static musl binary with jemalloc built in, so glibc's tunables
    /// (GLIBC_TUNABLES) do not reach it; jemalloc reads `_RJEM_MALLOC_CONF`.
    public var environment: [String: String]
    /// Give up on a Pagefind that sends nothing for this long while an answer is due.
    /// Writing the bundle of 10,000 records takes ~8 s without a message in between.
    public var stallTimeout: Double

    public static let allocatorTuning = ["_RJEM_MALLOC_CONF": "narenas:1"]

    public init(forceLanguage: String? = nil, includeCharacters: String? = nil, keepIndexURL: Bool = false,
                environment: [String: String] = SearchIndexConfiguration.allocatorTuning, stallTimeout: Double = 300) {
        self.forceLanguage = forceLanguage
        self.includeCharacters = includeCharacters
        self.keepIndexURL = keepIndexURL
        self.environment = environment
        self.stallTimeout = stallTimeout
    }
}
