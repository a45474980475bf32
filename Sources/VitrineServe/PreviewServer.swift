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

    /// The language of the diagnostics in the terminal and in the overlay.
    public var language: DiagnosticLanguage

    public init(options: BuildOptions, port: Int, output: URL, language: DiagnosticLanguage = .en,
                log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.language = language
        self.port = port
        self.output = output
        self.log = log
    }

    public static let host = "127.0.0.1"

    public func run() async throws {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let session = BuildSession(options: options, output: .inPlace(output, marked: true))
        let events = EventHub()
        let rebuilder = Rebuilder(session: session, events: events, language: language, log: log)
        rebuilder.rebuild(reason: "start", changedPaths: nil)
        // The site's own templates folder is watched; the built-in theme never changes.
        let themeFolder = session.theme.folder
        let watcher = FileWatcher(
            roots: [options.content] + (themeFolder.map { [$0] } ?? []),
            onFallback: { [log, language] watched in
                log(DiagnosticCatalog.of(language).render(.phrase("status.switched-to-polling", ["count": .value(String(watched))])))
            },
            onChange: { paths in rebuilder.rebuild(reason: "change", changedPaths: paths) })
        let mechanism = Self.describe(watcher.start())
        await rebuilder.settled()
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
            onServerRunning: { [log, language] channel in
                let port = channel.localAddress?.port ?? 0
                let content = DiagnosticText.value(options.content)
                let watched: DiagnosticText = themeFolder.map { .phrase("status.watching-theme", ["content": content, "theme": .value($0)]) }
                    ?? .phrase("status.watching-content", ["content": content])
                log(DiagnosticCatalog.of(language).render(.phrase("status.serving", [
                    "address": .value("http://\(Self.host):\(port)/"), "watched": watched, "mechanism": mechanism,
                ])))
            },
            logger: {
                var logger = Logger(label: "vitrine-serve")
                logger.logLevel = .warning
                return logger
            }())
        // Shutdown runs in reverse order: first close the event streams, then stop the server,
        // which waits for open connections.
        let group = ServiceGroup(configuration: .init(
            services: [app, HeartbeatService(events: events), ShutdownService(events: events)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: app.logger))
        try await group.run()
        log(DiagnosticCatalog.of(language).render(.phrase("status.stopped")))
    }

    static func describe(_ mechanism: FileWatcher.Mechanism) -> DiagnosticText {
        switch mechanism {
        case .inotify: return .phrase("status.mechanism.inotify")
        case .polling: return .phrase("status.mechanism.polling")
        case .pollingAtWatchLimit(let watched):
            return .phrase("status.mechanism.watch-limit", ["count": .value(String(watched))])
        }
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
