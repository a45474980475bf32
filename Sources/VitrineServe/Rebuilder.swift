import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import VitrineBuild
import VitrineContent

/// Runs rebuilds one at a time; a change during a rebuild schedules exactly one more.
final class Rebuilder: @unchecked Sendable {
    let session: BuildSession
    let events: EventHub
    let log: @Sendable (String) -> Void
    let language: DiagnosticLanguage
    private let queue = DispatchQueue(label: "vitrine-rebuild")
    private let lock = NSLock()
    private var pending = false
    /// Paths changed since the last rebuild started; nil when unknown.
    private var changed: Set<String>? = []
    /// Rebuilds run one at a time on `queue`; their statuses are numbered in that order.
    private var sequence = 0

    init(session: BuildSession, events: EventHub, language: DiagnosticLanguage, log: @escaping @Sendable (String) -> Void) {
        self.session = session
        self.language = language
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
            FreedMemory.giveBack()
            // A file saved again while this run read it: the run saw a mix of versions, and the
            // watcher has seen the save. Say nothing and build the newer version.
            let raced = update.diagnostics.filter { $0.code == .changedBody || $0.code == .unreadableBody }
            if !raced.isEmpty, !update.succeeded {
                rebuild(reason: "change", changedPaths: Set(raced.map(\.location.file)))
                return
            }
            let report = DiagnosticReport(diagnostics: update.diagnostics, itemCount: nil, language: language)
            let catalog = DiagnosticCatalog.of(language)
            if !update.diagnostics.isEmpty { log(report.text().trimmingCharacters(in: .newlines)) }
            if update.succeeded {
                log(catalog.render(.phrase("status.rebuilt", [
                    "milliseconds": .value(String(format: "%.0f", milliseconds)), "pages": .counted("status.pages", update.rendered.count),
                    "files": .counted("status.files", update.written.count), "removed": .value(String(update.deleted.count)),
                ])))
            } else {
                log(catalog.render(.phrase("not-rebuilt")))
            }
            // The overlay's heading comes with the diagnostics, in their language.
            let title = catalog.render(.phrase("overlay-title", ["errors": .counted("summary.errors", update.diagnostics.errorCount)]))
            let status = "{\"diagnostics\":\(report.json()),\"title\":\(Self.jsonString(title))}"
            let reload = update.succeeded && (!update.written.isEmpty || !update.deleted.isEmpty) && reason != "start"
            sequence += 1
            let number = sequence
            Task { await events.publish(status: status, reload: reload, sequence: number) }
        }
    }

    /// Returns when the rebuilds asked for so far have run: the preview listens only once its
    /// first build is on disk, so the address it prints never serves a half-written site.
    func settled() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            queue.async { done.resume() }
        }
    }

    static func jsonString(_ text: String) -> String {
        (try? String(decoding: JSONEncoder().encode(text), as: UTF8.self)) ?? "\"\""
    }
}
