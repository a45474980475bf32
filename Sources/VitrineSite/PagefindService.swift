import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A running `pagefind --service`: requests go to its stdin from a writer thread, answers are
/// read from its stdout by a reader thread. Neither side waits for the other, so a full pipe
/// in one direction can never stop the other (the deadlock of writing everything first and
/// reading afterwards), and a caller of `send` only appends to a queue.
///
/// Pagefind reads requests one at a time up to a comma and exits when its stdin closes, even
/// in the middle of work: input is closed only after the last awaited answer.
final class PagefindService: @unchecked Sendable {
    private let process: Process
    private let input: Int32
    private let output: Int32
    private let errorOutput: Int32
    /// Written to when the reader should stop although Pagefind's pipes are still open (a
    /// child of Pagefind may hold them).
    private let wake: (read: Int32, write: Int32)

    /// Guards everything below; signalled on every change a waiter may care about.
    private let condition = NSCondition()
    private var outbox: [(id: UInt32, payload: [UInt8])] = []
    private var nextID: UInt32 = 1
    private var inputClosing = false
    private var inputBroken = false
    /// Until the writer thread closes it (which is what makes Pagefind exit).
    private var inputOpen = true
    private var awaited: [UInt32: ContinuousClock.Instant] = [:]
    private var answers: [UInt32: PagefindResponse.Payload] = [:]
    private var lastHeard = ContinuousClock.now
    private var failure: SearchIndexFailure?
    private var exitStatus: Int32?
    private var outputEnded = false
    private var errorOutputEnded = false
    private var errorTail: [UInt8] = []
    private var acceptedRecords = 0
    private var acceptedWords = 0

    private init(process: Process, input: Int32, output: Int32, errorOutput: Int32, wake: (read: Int32, write: Int32)) {
        self.process = process
        self.input = input
        self.output = output
        self.errorOutput = errorOutput
        self.wake = wake
    }

    deinit {
        // The threads hold the service while they run: nobody reads or writes these any more.
        if inputOpen { close(input) }
        for fd in [output, errorOutput, wake.read, wake.write] { close(fd) }
    }

    static func launch(executable: String, environment: [String: String]) -> Result<PagefindService, SearchIndexFailure> {
        guard let stdin = makePipe(), let stdout = makePipe(), let stderr = makePipe(), let wake = makePipe() else {
            return .failure(.cannotLaunch(executable: executable, reason: "no pipe: \(String(cString: strerror(errno)))"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--service"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // The child's ends become its fds 0–2 (dup2 clears close-on-exec there); ours stay
        // close-on-exec so no other child started meanwhile keeps them open.
        process.standardInput = FileHandle(fileDescriptor: stdin.read, closeOnDealloc: false)
        process.standardOutput = FileHandle(fileDescriptor: stdout.write, closeOnDealloc: false)
        process.standardError = FileHandle(fileDescriptor: stderr.write, closeOnDealloc: false)
        let service = PagefindService(process: process, input: stdin.write, output: stdout.read,
                                      errorOutput: stderr.read, wake: wake)
        process.terminationHandler = { [weak service] ended in service?.ended(status: ended.terminationStatus) }
        do {
            try process.run()
        } catch {
            for fd in [stdin.read, stdout.write, stderr.write] { close(fd) }
            service.inputClosing = true
            return .failure(.cannotLaunch(executable: executable, reason: error.localizedDescription))
        }
        for fd in [stdin.read, stdout.write, stderr.write] { close(fd) }
        Thread { service.writeLoop() }.start()
        Thread { service.readLoop() }.start()
        return .success(service)
    }

    /// Queues a request; returns its message id. With `awaitingAnswer`, the answer is kept
    /// for `answer(to:stallTimeout:)`; records are only counted.
    @discardableResult
    func send(_ payload: [UInt8], awaitingAnswer: Bool = false) -> UInt32 {
        condition.lock()
        defer { condition.unlock() }
        let id = nextID
        nextID &+= 1
        guard !inputClosing, !inputBroken else { return id }
        if awaitingAnswer { awaited[id] = .now }
        outbox.append((id, payload))
        condition.broadcast()
        return id
    }

    /// Waits for the answer to request `id`. Returns early with a failure when Pagefind
    /// rejected anything, ended, or said nothing for `stallTimeout` seconds since the later
    /// of its last answer and this request.
    func answer(to id: UInt32, stallTimeout: Double) -> Result<PagefindResponse.Payload, SearchIndexFailure> {
        let stall = Duration.milliseconds(Int64(stallTimeout * 1000))
        var endSeen: ContinuousClock.Instant?
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let answer = answers.removeValue(forKey: id) {
                awaited[id] = nil
                if answer.type == "Error" {
                    return .failure(.rejected(message: answer.message ?? "unknown error", originalMessage: answer.originalMessage))
                }
                return .success(answer)
            }
            if let failure { return .failure(failure) }
            let now = ContinuousClock.now
            if outputEnded || exitStatus != nil {
                // Give the other half (exit status or the last output) a moment to arrive.
                let seen = endSeen ?? now
                endSeen = seen
                if (outputEnded && errorOutputEnded && exitStatus != nil) || now - seen > .seconds(2) {
                    return .failure(.exited(status: exitStatus ?? -1, output: errorText))
                }
            }
            let since = max(lastHeard, awaited[id] ?? lastHeard)
            if now - since >= stall { return .failure(.unresponsive(seconds: stallTimeout)) }
            _ = condition.wait(until: Date(timeIntervalSinceNow: min(0.25, (stall - (now - since)).seconds)))
        }
    }

    /// Records and words Pagefind accepted so far.
    var accepted: (records: Int, words: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (acceptedRecords, acceptedWords)
    }

    /// Closes Pagefind's input (it exits on that) and waits for it to go; stops it if it has not
    /// gone within a minute. (Pagefind's own `WriteFiles` answers before its background writes
    /// are done and loses them when it exits: pagefind-entry.json came out empty in 1 of 7
    /// builds on a loaded machine. So the bundle is asked for with `GetFiles` instead.)
    func closeInput() {
        condition.lock()
        inputClosing = true
        condition.broadcast()
        let deadline = Date(timeIntervalSinceNow: 60)
        while exitStatus == nil, condition.wait(until: deadline) {}
        let exited = exitStatus != nil
        condition.unlock()
        if !exited { stop() }
        wakeReader()
    }

    /// Stops Pagefind now, without waiting for anything it was doing.
    func stop() {
        condition.lock()
        inputClosing = true
        outbox.removeAll()
        condition.broadcast()
        condition.unlock()
        if process.isRunning {
            process.terminate()
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + 2) { [process] in
                if process.isRunning { kill(pid, SIGKILL) }
            }
        }
        wakeReader()
    }

    // MARK: - The writer thread

    private func writeLoop() {
        // A write to a Pagefind that has exited must fail with EPIPE, not kill the build.
        // Blocking SIGPIPE in this thread only leaves the rest of the program as it was.
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)

        while true {
            condition.lock()
            while outbox.isEmpty && !inputClosing { condition.wait() }
            let batch = outbox
            outbox.removeAll(keepingCapacity: true)
            let closing = inputClosing
            condition.unlock()
            if batch.isEmpty && closing { break }

            var bytes: [UInt8] = []
            for message in batch { bytes.append(contentsOf: PagefindRequest.frame(messageID: message.id, payload: message.payload)) }
            if !writeAll(bytes) {
                condition.lock()
                inputBroken = true
                outbox.removeAll()
                condition.broadcast()
                condition.unlock()
                break
            }
        }
        condition.lock()
        close(input)  // Pagefind exits when its input ends.
        inputOpen = false
        condition.unlock()
    }

    private func writeAll(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(input, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    // MARK: - The reader thread

    private func readLoop() {
        var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: errorOutput, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var frame: [UInt8] = []
        reading: while fds[0].fd >= 0 || fds[1].fd >= 0 {
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            if fds[2].revents != 0 { break reading }
            for slot in 0..<2 where fds[slot].fd >= 0 && fds[slot].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(fds[slot].fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 {
                    fds[slot].fd = -1  // poll skips negative descriptors
                    streamEnded(slot == 0 ? \.outputEnded : \.errorOutputEnded)
                    continue
                }
                if slot == 1 { keepErrorOutput(chunk[0..<count]); continue }
                // A bundle's answer is tens of megabytes: split at commas a run at a time.
                var frames: [[UInt8]] = []
                var rest = chunk[0..<count]
                while let comma = rest.firstIndex(of: UInt8(ascii: ",")) {
                    frame.append(contentsOf: rest[..<comma])
                    frames.append(frame)
                    frame.removeAll(keepingCapacity: true)
                    rest = rest[(comma + 1)...]
                }
                frame.append(contentsOf: rest)
                if frames.isEmpty { heard() } else { received(frames) }
            }
        }
        streamEnded(\.outputEnded)
    }

    private func received(_ frames: [[UInt8]]) {
        let responses = frames.map { ($0, PagefindResponse(frame: $0)) }
        condition.lock()
        defer { condition.unlock() }
        lastHeard = .now
        for (frame, response) in responses {
            guard let response else {
                failure = failure ?? .unreadableResponse(String(decoding: frame.prefix(200), as: UTF8.self))
                continue
            }
            switch response.payload.type {
            case "IndexedFile":
                acceptedRecords += 1
                acceptedWords += response.payload.pageWordCount ?? 0
            case "Error" where response.messageID.map { awaited[$0] == nil } ?? true:
                // A record's error (or one Pagefind could not tie to a request): the index
                // would lack pages, so the whole run fails with Pagefind's first message.
                failure = failure ?? .rejected(message: response.payload.message ?? "unknown error",
                                               originalMessage: response.payload.originalMessage)
            default:
                break
            }
            if let id = response.messageID, awaited[id] != nil { answers[id] = response.payload }
        }
        condition.broadcast()
    }

    /// Part of an answer arrived: a long one is not a stall.
    private func heard() {
        condition.lock()
        lastHeard = .now
        condition.unlock()
    }

    private func keepErrorOutput(_ bytes: ArraySlice<UInt8>) {
        condition.lock()
        errorTail.append(contentsOf: bytes)
        if errorTail.count > 4096 { errorTail.removeFirst(errorTail.count - 4096) }
        condition.unlock()
    }

    private func streamEnded(_ stream: ReferenceWritableKeyPath<PagefindService, Bool>) {
        condition.lock()
        self[keyPath: stream] = true
        condition.broadcast()
        condition.unlock()
    }

    private func ended(status: Int32) {
        condition.lock()
        exitStatus = status
        condition.broadcast()
        condition.unlock()
    }

    private func wakeReader() {
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
    }

    /// Pagefind's last words on stderr, for a failure message (caller holds the lock).
    private var errorText: String {
        String(decoding: errorTail, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func makePipe() -> (read: Int32, write: Int32)? {
        // Close-on-exec at once (Glibc's module does not offer pipe2): only a process started
        // by another thread in the instant between the two calls could inherit them.
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }
}

private extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
