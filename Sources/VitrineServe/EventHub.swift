import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import VitrineBuild
import VitrineContent

/// Server-sent events to every open page.
actor EventHub {
    private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
    private(set) var status = "{\"diagnostics\":[]}"
    private var closed = false
    private var lastSequence = -1

    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        if closed {
            continuation.finish()
            return stream
        }
        let id = UUID()
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
    }

    private func remove(_ id: UUID) { subscribers[id] = nil }

    /// Publishes the status of rebuild number `sequence`; an older one arriving late is dropped.
    func publish(status: String, reload: Bool, sequence: Int) {
        guard sequence > lastSequence else { return }
        lastSequence = sequence
        self.status = status
        let flattened = status.replacingOccurrences(of: "\n", with: "")
        for continuation in subscribers.values {
            continuation.yield("event: status\ndata: \(flattened)\n\n")
            if reload { continuation.yield("event: reload\ndata: {}\n\n") }
        }
    }

    /// A comment line (ignored by EventSource) to every stream: see `HeartbeatService`.
    /// Returns how many streams are open.
    func heartbeat() -> Int {
        for continuation in subscribers.values { continuation.yield(": heartbeat\n\n") }
        return subscribers.count
    }

    /// Ends every stream, so open pages do not hold the server up at shutdown.
    func finishAll() {
        closed = true
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }
}
