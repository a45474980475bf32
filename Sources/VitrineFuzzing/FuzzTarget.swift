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

    /// Runs the target once on a few small inputs: the first run pays for one-time set-up
    /// (Yams compiles its resolver's regular expressions, the catalogs are read), which on a
    /// loaded machine took longer than libFuzzer's 1 s timeout on an empty input.
    public func warmUp() {
        for text in ["", "a: 1\nb: [c, {d: e}]\nc: !!str 2024-01-01\n", "---\ntitle: x\n---\n[a](card:b)\n"] {
            _ = run(Array(text.utf8))
        }
    }

    /// libFuzzer's entry: runs the input and stops the process on a broken finding rule, so
    /// libFuzzer keeps the input as a crash.
    /// With `print` (a fuzzer run on files with VITRINE_FUZZ_PRINT=1, as `scripts/fuzz expect`
    /// does), each input's diagnostics are printed: the text of a regression's `.expected`.
    public func testOneInput(_ data: UnsafeRawBufferPointer, print: Bool = false) -> Int32 {
        let run = run([UInt8](data))
        // libFuzzer may run a file more than once: each run's lines follow a line of its own.
        if print { Swift.print("== run"); for line in run.lines { Swift.print(line) } }
        let violations = run.violations
        if !violations.isEmpty { fatalError("finding rule broken:\n" + violations.joined(separator: "\n")) }
        return 0
    }
}
