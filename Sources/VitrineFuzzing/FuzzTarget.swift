/// The fuzz targets by name: the name is the folder of their corpus (`Fuzz/corpus/<name>/`),
/// their findings and regressions, and the name of their fuzzer (`fuzz-<name>`).
public enum FuzzTarget: String, CaseIterable, Sendable {
    case item, config, report, markdown

    public func run(_ bytes: [UInt8]) -> FuzzRun {
        switch self {
        case .item: FuzzHarness.item(bytes)
        case .config: FuzzHarness.config(bytes)
        case .report: FuzzHarness.report(bytes)
        case .markdown: FuzzHarness.markdown(bytes)
        }
    }

    /// libFuzzer's entry: runs the input and stops the process on a broken finding rule, so
    /// libFuzzer keeps the input as a crash.
    public func testOneInput(_ data: UnsafeRawBufferPointer) -> Int32 {
        let violations = run([UInt8](data)).violations
        if !violations.isEmpty { fatalError("finding rule broken:\n" + violations.joined(separator: "\n")) }
        return 0
    }
}
