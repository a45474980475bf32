#if os(Linux)
// glibc's, from malloc.h, which the Glibc module does not include.
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Hands freed memory back to the system. glibc keeps it in its arenas otherwise, so the
/// preview, which runs for hours, would only ever grow to its busiest moment: a rebuild, or
/// the most pages open at once.
enum FreedMemory {
    static func giveBack() {
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
    }
}
