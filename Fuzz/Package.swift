// swift-tools-version: 6.0
import PackageDescription

// libFuzzer executables, one per fuzz target of VitrineFuzzing. A package of its own, so that
// the sanitizer flags (applied to every module of a build) never reach Vitrine's own builds:
//   swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// scripts/fuzz builds and runs them.
let targets = ["item", "config", "report", "markdown"]

let package = Package(
    name: "VitrineFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Vitrine", path: "..")],
    targets: targets.map { name in
        .executableTarget(name: "fuzz-\(name)",
                          dependencies: [.product(name: "VitrineFuzzing", package: "Vitrine")],
                          path: "Sources/fuzz-\(name)")
    },
    swiftLanguageModes: [.v6]
)
