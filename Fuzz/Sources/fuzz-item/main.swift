import Foundation
import VitrineFuzzing

let printing = ProcessInfo.processInfo.environment["VITRINE_FUZZ_PRINT"] == "1"

/// libFuzzer calls this once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.item.testOneInput(UnsafeRawBufferPointer(start: data, count: size), print: printing)
}

// libFuzzer's driver (compiler-rt's FuzzerInterface.h), run from this main: SwiftPM links an
// executable to its module's own entry point, so libFuzzer's main cannot be the one.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

FuzzTarget.item.warmUp()
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzz))
