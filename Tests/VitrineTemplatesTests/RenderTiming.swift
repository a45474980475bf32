import Foundation
import Testing
import VitrineTemplates

/// How long html/card takes to render (Fixtures/card, `CardSample`): measured, not
/// asserted. Meaningful in a release build only:
///
///     VITRINE_TIMING=1 swift test -c release --filter RenderTiming
enum RenderTiming {
    /// Median microseconds per render over `rounds` rounds of `renders` renders each.
    static func measure(rounds: Int = 15, renders: Int = 2000) throws -> (microseconds: Double, bytes: Int) {
        let directory = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/card").path
        let library = TemplateLibrary(directory: directory, language: "nl")
        let page = CardSample.page()
        var output: [UInt8] = []
        try library.render(page, template: "html/card", into: &output)
        let bytes = output.count
        var samples: [Double] = []
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<renders {
                output.removeAll(keepingCapacity: true)
                try library.render(page, template: "html/card", into: &output)
            }
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(renders) / 1000)
        }
        return (samples.sorted()[samples.count / 2], bytes)
    }
}

@Suite struct RenderTimingTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["VITRINE_TIMING"] != nil))
    func cardPage() throws {
        let (microseconds, bytes) = try RenderTiming.measure()
        print("html/card: \(bytes) bytes in \(String(format: "%.1f", microseconds)) µs per render (median)")
    }
}
