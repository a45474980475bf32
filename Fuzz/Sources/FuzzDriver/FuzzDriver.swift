import Foundation
import VitrineFuzzing

/// What each fuzzer's `main.swift` runs: libFuzzer's driver on one target. SwiftPM links an
/// executable to its module's own entry point, so libFuzzer's `main` cannot be the one; the
/// driver is started from there instead, with the entry point libFuzzer calls per input.
public enum FuzzDriver {
    /// The target `LLVMFuzzerTestOneInput` runs; set once, before the driver starts.
    nonisolated(unsafe) static var target: FuzzTarget = .item

    /// `VITRINE_FUZZ_PRINT=1` prints each input's diagnostics (`scripts/fuzz keep`).
    static let printing = ProcessInfo.processInfo.environment["VITRINE_FUZZ_PRINT"] == "1"

    /// Runs libFuzzer's driver on `target` with the process's arguments, and exits with its status.
    public static func run(_ target: FuzzTarget) -> Never {
        Self.target = target
        target.warmUp()
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}

/// libFuzzer calls this once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzDriver.target.testOneInput(UnsafeRawBufferPointer(start: data, count: size), print: FuzzDriver.printing)
}

// libFuzzer's driver (compiler-rt's FuzzerInterface.h); linked into the fuzzers only.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
