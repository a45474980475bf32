// swift-tools-version: 6.0
import PackageDescription

// libFuzzer executables, one per fuzz target of VitrineFuzzing. A package of its own, so that
// the sanitizer flags (applied to every module of a build) never reach Vitrine's own builds.
// scripts/fuzz builds every module with AddressSanitizer and libFuzzer's coverage
// (-sanitize=address -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table, what
// -sanitize=fuzzer instruments with) and links libFuzzer into these executables only: given to
// every module, -sanitize=fuzzer would link libFuzzer's main into VitrineEmbed, the build tool,
// beside its own (multiple definition of 'main').
let targets = ["item", "config", "report", "markdown"]

let package = Package(
    name: "VitrineFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Vitrine", path: "..")],
    targets: [
        // libFuzzer's driver and entry point, shared by the fuzzers (each main.swift names its target).
        .target(name: "FuzzDriver", dependencies: [.product(name: "VitrineFuzzing", package: "Vitrine")]),
    ] + targets.map { name in
        .executableTarget(name: "fuzz-\(name)",
                          dependencies: ["FuzzDriver"],
                          path: "Sources/fuzz-\(name)",
                          linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])])
    },
    swiftLanguageModes: [.v6]
)
