import ServiceLifecycle

/// Writes a comment line to every open event stream at a fixed interval. A page that was
/// closed is only noticed when a write to its connection fails; without this, each closed
/// page would keep its stream, task and buffers until the next rebuild (about 20 MiB per
/// 1,000 pages, measured). When pages have gone, their memory is handed back to the system.
struct HeartbeatService: Service {
    let events: EventHub
    static let interval: Duration = .seconds(5)

    func run() async throws {
        // Stopping is cancellation of the sleep, not a failure of the service.
        try? await cancelWhenGracefulShutdown {
            var open = 0
            while !Task.isCancelled {
                try await Task.sleep(for: Self.interval)
                let now = await events.heartbeat()
                if now < open { FreedMemory.giveBack() }
                open = now
            }
        }
    }
}
