import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import VitrineBuild
import VitrineContent

/// `vitrine serve`: builds the site into a private folder, serves it on 127.0.0.1, rebuilds
/// what a change affects, reloads open pages, and shows content errors as an overlay while
/// the last good site stays served.
public struct PreviewServer: Sendable {
    public var options: BuildOptions
    public var port: Int
    public var output: URL
    /// Prints a line to the terminal.
    public var log: @Sendable (String) -> Void

    public init(options: BuildOptions, port: Int, output: URL, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.port = port
        self.output = output
        self.log = log
    }

    public static let host = "127.0.0.1"

    public func run() async throws {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let session = BuildSession(options: options, output: .inPlace(output, marked: true))
        let events = EventHub()
        let rebuilder = Rebuilder(session: session, events: events, log: log)
        rebuilder.rebuild(reason: "start", changedPaths: nil)
        let watcher = FileWatcher(roots: [options.content, options.templates]) { paths in
            rebuilder.rebuild(reason: "change", changedPaths: paths)
        }
        let mechanism = watcher.start()
        let files = StaticFiles(root: output)
        let injection = Self.resource("inject", "html")
            .map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        let script = Self.resource("reload", "js") ?? Data()

        let router = Router()
        router.add(middleware: LoopbackHostMiddleware())
        router.get("/__vitrine/reload.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                     body: .init(byteBuffer: ByteBuffer(bytes: script)))
        }
        router.get("/__vitrine/status") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                     body: .init(byteBuffer: ByteBuffer(string: await events.status)))
        }
        router.get("/__vitrine/events") { _, _ in
            let stream = await events.subscribe()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: ": connected\n\n"))
                    for await message in stream { try await writer.write(ByteBuffer(string: message)) }
                    try await writer.finish(nil)
                })
        }
        let serveFile: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            Self.respond(to: request.uri.path, files: files, injection: injection)
        }
        router.get("/", use: serveFile)
        router.get("**", use: serveFile)
        router.head("**", use: serveFile)

        let app = Application(
            router: router,
            configuration: .init(address: .hostname(Self.host, port: port), serverName: "vitrine"),
            onServerRunning: { [log] channel in
                let port = channel.localAddress?.port ?? 0
                log("Serving on http://\(Self.host):\(port)/ (watching \(options.content)/ and \(options.templates)/ with \(mechanism); Ctrl-C stops)")
            },
            logger: {
                var logger = Logger(label: "vitrine-serve")
                logger.logLevel = .warning
                return logger
            }())
        // Shutdown runs in reverse order: first close the event streams, then stop the server,
        // which waits for open connections.
        let group = ServiceGroup(configuration: .init(
            services: [app, ShutdownService(events: events)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: app.logger))
        try await group.run()
        log("Stopped.")
    }

    static func respond(to path: String, files: StaticFiles, injection: String) -> Response {
        switch files.resolve(path) {
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location])
        case .file(let url):
            return fileResponse(url, status: .ok, injection: injection)
        case .notFound:
            let notFound = files.root.appendingPathComponent("404.html")
            if FileManager.default.fileExists(atPath: notFound.path) {
                return fileResponse(notFound, status: .notFound, injection: injection)
            }
            return Response(status: .notFound)
        }
    }

    static func fileResponse(_ url: URL, status: HTTPResponse.Status, injection: String) -> Response {
        guard var data = FileManager.default.contents(atPath: url.path) else { return Response(status: .notFound) }
        let type = StaticFiles.contentType(for: url)
        if type.hasPrefix("text/html"), let html = String(data: data, encoding: .utf8),
           let body = html.range(of: "</body>", options: .backwards) {
            data = Data(html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: injection).utf8)
        }
        return Response(status: status, headers: [.contentType: type, .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func resource(_ name: String, _ ext: String) -> Data? {
        Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
            .flatMap { FileManager.default.contents(atPath: $0.path) }
    }
}

/// Runs rebuilds one at a time; a change during a rebuild schedules exactly one more.
final class Rebuilder: @unchecked Sendable {
    let session: BuildSession
    let events: EventHub
    let log: @Sendable (String) -> Void
    private let queue = DispatchQueue(label: "vitrine-rebuild")
    private let lock = NSLock()
    private var pending = false
    /// Paths changed since the last rebuild started; nil when unknown.
    private var changed: Set<String>? = []
    /// Rebuilds run one at a time on `queue`; their statuses are numbered in that order.
    private var sequence = 0

    init(session: BuildSession, events: EventHub, log: @escaping @Sendable (String) -> Void) {
        self.session = session
        self.events = events
        self.log = log
    }

    func rebuild(reason: String, changedPaths: Set<String>?) {
        lock.lock()
        if let paths = changedPaths { changed?.formUnion(paths) } else { changed = nil }
        if pending { lock.unlock(); return }
        pending = true
        lock.unlock()
        queue.async { [self] in
            lock.lock()
            pending = false
            let paths = reason == "start" ? nil : changed
            changed = []
            lock.unlock()
            let start = DispatchTime.now()
            let update = session.rebuild(changedPaths: paths)
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
            let report = DiagnosticReport(diagnostics: update.diagnostics, itemCount: nil)
            if !update.diagnostics.isEmpty { log(report.text().trimmingCharacters(in: .newlines)) }
            if update.succeeded {
                log(String(format: "Rebuilt in %.0f ms: %d pages rendered, %d files written, %d removed",
                           milliseconds, update.rendered.count, update.written.count, update.deleted.count))
            } else {
                log("Not rebuilt: fix the errors above; the last good site is still served.")
            }
            let status = "{\"diagnostics\":\(report.json())}"
            let reload = update.succeeded && (!update.written.isEmpty || !update.deleted.isEmpty) && reason != "start"
            sequence += 1
            let number = sequence
            Task { await events.publish(status: status, reload: reload, sequence: number) }
        }
    }
}

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

    /// Ends every stream, so open pages do not hold the server up at shutdown.
    func finishAll() {
        closed = true
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }
}

/// Closes the event streams when the server is asked to stop.
struct ShutdownService: Service {
    let events: EventHub

    func run() async throws {
        try? await gracefulShutdown()
        await events.finishAll()
    }
}

/// Answers only requests addressed to this machine by name (127.0.0.1, localhost, [::1]):
/// a page on another site that points its own domain name at 127.0.0.1 (DNS rebinding)
/// cannot read the preview or its diagnostics.
struct LoopbackHostMiddleware<Context: RequestContext>: RouterMiddleware {
    static var allowedHosts: Set<String> { ["127.0.0.1", "localhost", "[::1]"] }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let authority = request.head.authority, Self.allowedHosts.contains(Self.host(of: authority)) else {
            return Response(status: .forbidden)
        }
        return try await next(request, context)
    }

    /// The host part of `host:port`, keeping an IPv6 literal's brackets.
    static func host(of authority: String) -> String {
        if authority.hasPrefix("["), let end = authority.firstIndex(of: "]") { return String(authority[...end]).lowercased() }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? "").lowercased()
    }
}
