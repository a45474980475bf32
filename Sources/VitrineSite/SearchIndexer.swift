import Foundation
import VitrineTemplates

/// Builds the Pagefind search bundle from records handed over while pages render, through
/// `pagefind --service`, instead of letting Pagefind read and parse the written site again.
///
///     let indexer = try SearchIndexer.start(configuration: .init(forceLanguage: "nl")).get()
///     // on any thread, once per rendered page job i:
///     indexer.add(record, at: i)      // or indexer.skip(i) for a job without a record
///     let bundle = try indexer.finish().get()   // its files, to write below pagefind/
///
/// `add` encodes the record on the caller's thread and queues it; it never waits for
/// Pagefind. Records are sent in position order (Pagefind numbers pages in the order it
/// gets them, and the bundle must be the same on every build); a position not yet filled
/// holds the later ones back until it is, or until `finish`.
///
/// Every failure is a value: a missing binary from `start`, and a crash, an exit, an error
/// answer, an unreadable file or silence beyond the stall timeout from `finish`. After a
/// failure, `add` drops records quietly. Pagefind writes nothing itself: `finish` asks for the
/// files (`GetFiles`) and hands them back, so they go through the build's output sink like
/// every other file, whole or not at all.
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

    /// Sends what is still waiting, has Pagefind build the bundle, takes its files and stops it.
    public func finish() -> Result<SearchBundle, SearchIndexFailure> {
        lock.lock()
        guard !finished else {
            lock.unlock()
            return .failure(.alreadyFinished)
        }
        finished = true
        for payload in sequencer.drain() { service.send(payload) }
        let id = service.send(PagefindRequest.getFiles(indexID: indexID).payload, awaitingAnswer: true)
        lock.unlock()

        switch service.answer(to: id, stallTimeout: configuration.stallTimeout) {
        case .success(let answer):
            service.closeInput()
            let accepted = service.accepted
            return Self.files(of: answer).map { SearchBundle(records: accepted.records, words: accepted.words, files: $0) }
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

    /// The files of a `GetFiles` answer, sorted by path; a path that would leave the bundle
    /// folder, or content that is not base64, makes the answer unreadable.
    private static func files(of answer: PagefindResponse.Payload) -> Result<[OutputFile], SearchIndexFailure> {
        guard let listed = answer.files, !listed.isEmpty else {
            return .failure(.unreadableResponse("\(answer.type) answer without files"))
        }
        var files: [OutputFile] = []
        files.reserveCapacity(listed.count)
        for file in listed {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\0") || $0.contains("\\") }) else {
                return .failure(.unreadableResponse("a bundle file at '\(file.path)'"))
            }
            guard let bytes = Data(base64Encoded: file.content) else {
                return .failure(.unreadableResponse("the bundle file '\(file.path)' is not base64"))
            }
            files.append(OutputFile(path: file.path, bytes: [UInt8](bytes)))
        }
        return .success(files.sorted { $0.path < $1.path })
    }
}
