import VitrineFuzzing

/// libFuzzer calls this once per input; libFuzzer's own main drives it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer?, _ size: Int) -> Int32 {
    FuzzTarget.markdown.testOneInput(UnsafeRawBufferPointer(start: data, count: size))
}
