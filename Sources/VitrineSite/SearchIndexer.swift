import Foundation

/// Builds the Pagefind search bundle from records handed over while pages render, through
/// `pagefind --service`, instead of letting Pagefind read and parse the written site again.
///
///     let indexer = try SearchIndexer.start(configuration: .init(forceLanguage: "nl")).get()
///     // on any thread, once per rendered page job i:
///     indexer.add(record, at: i)      // or indexer.skip(i) for a job without a record
///     let summary = indexer.finish(into: staging.appending(path: "pagefind"))
///
/// `add` encodes the record on the caller's thread and queues it; it never waits for
/// Pagefind. Records are sent in position order (Pagefind numbers pages in the order it
/// gets them, and the bundle must be the same on every build); a position not yet filled
/// holds the later ones back until it is, or until `finish`.
///
/// Every failure is a value: a missing binary from `start`, and a crash, an exit, an error
/// answer or silence beyond the stall timeout from `finish`. After a failure, `add` drops
/// records quietly and the bundle folder may hold partial files.
public final class SearchIndexer: @unchecked Sendable {
    private let service: PagefindService
    private let indexID: Int
    private let configuration: SearchIndexConfiguration
    private let lock = NSLock()
    private var sequencer = RecordSequencer()
    private var finished = false

    private init(service: PagefindService, indexID: Int, configuration: SearchIndexConfiguration) {
        self.service = service
        self.indexID = indexID
        self.configuration = configuration
    }

    deinit { service.stop() }

    /// Starts Pagefind and creates its index; waits for Pagefind's first answer (a few
    /// milliseconds), so a binary that is not Pagefind fails here rather than at the end.
    public static func start(_ pagefind: Pagefind? = Pagefind.locate(),
                             configuration: SearchIndexConfiguration = SearchIndexConfiguration()) -> Result<SearchIndexer, SearchIndexFailure> {
        guard let pagefind else { return .failure(.notInstalled) }
        let service: PagefindService
        switch PagefindService.launch(executable: pagefind.executable, environment: configuration.environment) {
        case .success(let launched): service = launched
        case .failure(let failure): return .failure(failure)
        }
        let request = PagefindRequest.newIndex(forceLanguage: configuration.forceLanguage,
                                               includeCharacters: configuration.includeCharacters,
                                               keepIndexURL: configuration.keepIndexURL)
        let id = service.send(request.payload, awaitingAnswer: true)
        switch service.answer(to: id, stallTimeout: configuration.stallTimeout) {
        case .success(let answer):
            guard let indexID = answer.indexID else {
                service.stop()
                return .failure(.unreadableResponse("NewIndex answer without an index_id"))
            }
            return .success(SearchIndexer(service: service, indexID: indexID, configuration: configuration))
        case .failure(let failure):
            service.stop()
            return .failure(failure)
        }
    }

    /// Queues the record of the page job at `position` (0, 1, 2 …, each used once).
    public func add(_ record: SearchRecord, at position: Int) {
        place(PagefindRequest.addRecord(record, indexID: indexID).payload, at: position)
    }

    /// Marks `position` as a job without a record, so the records after it need not wait.
    public func skip(_ position: Int) {
        place(nil, at: position)
    }

    /// Sends what is still waiting, has Pagefind write the bundle into `bundle` (created if
    /// needed) and stops it.
    public func finish(into bundle: URL) -> Result<SearchIndexSummary, SearchIndexFailure> {
        lock.lock()
        guard !finished else {
            lock.unlock()
            return .failure(.alreadyFinished)
        }
        finished = true
        for payload in sequencer.drain() { service.send(payload) }
        let request = PagefindRequest.writeFiles(indexID: indexID, outputPath: bundle.standardizedFileURL.path)
        let id = service.send(request.payload, awaitingAnswer: true)
        lock.unlock()

        switch service.answer(to: id, stallTimeout: configuration.stallTimeout) {
        case .success(let answer):
            service.closeInput()
            let accepted = service.accepted
            return .success(SearchIndexSummary(records: accepted.records, words: accepted.words,
                                               bundle: answer.outputPath ?? bundle.path))
        case .failure(let failure):
            service.stop()
            return .failure(failure)
        }
    }

    /// Stops Pagefind without writing anything (the build failed elsewhere).
    public func cancel() {
        lock.lock()
        finished = true
        lock.unlock()
        service.stop()
    }

    private func place(_ payload: [UInt8]?, at position: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        // Sent while the lock is held: two threads releasing runs of records must not
        // interleave them.
        for due in sequencer.place(payload, at: position) { service.send(due) }
    }
}
