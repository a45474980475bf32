import ServiceLifecycle

#if os(Linux)
// glibc's, from malloc.h, which the Glibc module does not include.
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Writes a comment line to every open event stream at a fixed interval. A page that was
/// closed is only noticed when a write to its connection fails; without this, each closed
/// page would keep its stream, task and buffers until the next rebuild (about 20 MiB per
/// 1,000 pages, measured). When pages have gone, the freed memory is handed back to the
/// system: glibc keeps it in the event loops' arenas otherwise, and the preview's memory
/// would only ever grow to its busiest moment.
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
                if now < open { Self.returnFreedMemory() }
                open = now
            }
        }
    }

    private static func returnFreedMemory() {
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
    }
}
