import Foundation

/// Stage timings on standard error when VITRINE_TRACE is set; for finding where time goes.
final class PhaseTrace {
    private let enabled = ProcessInfo.processInfo.environment["VITRINE_TRACE"] != nil
    private var last = DispatchTime.now()
    private var phases: [String] = []

    func mark(_ phase: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        phases.append("\(phase) \((now.uptimeNanoseconds - last.uptimeNanoseconds) / 1_000_000) ms")
        last = now
    }

    func finish() {
        guard enabled, !phases.isEmpty else { return }
        FileHandle.standardError.write(Data(("trace: " + phases.joined(separator: ", ") + "\n").utf8))
    }
}
