import Foundation
import Testing
import Hummingbird
@testable import VitrineServe

/// The preview server serves files under its folder and nothing else.
@Suite struct StaticFilesTests {
    let root: URL
    let files: StaticFiles

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-static-\(UUID().uuidString)")
        root = base.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("kaarten/x"), withIntermediateDirectories: true)
        try "<html></html>".write(to: root.appendingPathComponent("kaarten/x/index.html"), atomically: true, encoding: .utf8)
        try "geheim".write(to: base.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try "verborgen".write(to: root.appendingPathComponent(".hidden"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link.txt"),
                                                   withDestinationURL: base.appendingPathComponent("secret.txt"))
        files = StaticFiles(root: root)
    }

    @Test func servesIndexFilesAndRedirectsFolders() {
        #expect(files.resolve("/kaarten/x/") == .file(root.appendingPathComponent("kaarten/x/index.html").resolvingSymlinksInPath()))
        #expect(files.resolve("/kaarten/x") == .redirect("/kaarten/x/"))
        #expect(files.resolve("/kaarten/x/?q=1") == .file(root.appendingPathComponent("kaarten/x/index.html").resolvingSymlinksInPath()))
    }

    @Test(arguments: ["/../secret.txt", "/%2e%2e/secret.txt", "/kaarten/../../secret.txt", "/link.txt", "/.hidden",
                      "/nope", "/kaarten/x/%00"])
    func refusesEverythingOutside(_ path: String) {
        #expect(files.resolve(path) == .notFound)
    }

    @Test func contentTypes() {
        #expect(StaticFiles.contentType(for: URL(fileURLWithPath: "/a/b.css")) == "text/css; charset=utf-8")
        #expect(StaticFiles.contentType(for: URL(fileURLWithPath: "/a/b.svg")) == "image/svg+xml")
        #expect(StaticFiles.contentType(for: URL(fileURLWithPath: "/a/index.html")) == "text/html; charset=utf-8")
    }

    @Test func redirectsAreBuiltFromCheckedComponents() {
        #expect(files.resolve("//kaarten/x") == .redirect("/kaarten/x/"))
    }

    @Test func onlyLoopbackHostNamesAreAnswered() {
        #expect(LoopbackHostMiddleware<BasicRequestContext>.host(of: "127.0.0.1:8000") == "127.0.0.1")
        #expect(LoopbackHostMiddleware<BasicRequestContext>.host(of: "[::1]:8000") == "[::1]")
        #expect(LoopbackHostMiddleware<BasicRequestContext>.host(of: "LOCALHOST") == "localhost")
        #expect(!LoopbackHostMiddleware<BasicRequestContext>.allowedHosts.contains(
            LoopbackHostMiddleware<BasicRequestContext>.host(of: "evil.example:8000")))
    }
}
