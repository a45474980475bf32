// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Vitrine",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vitrine", targets: ["vitrine"]),
        // The fuzzing harness, for the libFuzzer executables of Fuzz/ (a package of their own).
        .library(name: "VitrineFuzzing", targets: ["VitrineFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        // libcmark (Debian's libcmark-dev), the only Markdown parser.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // A small, safe Swift wrapper over libcmark.
        .target(name: "VitrineMarkdown", dependencies: ["CCmark"]),
        // Content model, loading, validation and the content graph; the diagnostics' catalogs
        // (Diagnostics/) embedded by EmbedFiles.
        .target(
            name: "VitrineContent",
            dependencies: ["VitrineMarkdown", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedFiles"]
        ),
        // Turns a folder into a Swift source holding each file's bytes (run by EmbedFiles).
        .executableTarget(name: "VitrineEmbed"),
        // Embeds Templates/ and Starters/ into VitrineTheme, Diagnostics/ into VitrineContent, at
        // build time (one copy in the repo).
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["VitrineEmbed"]),
        // Which theme files exist: the built-in theme inside the binary, overridden file by file
        // by a site's own Templates/; `vitrine theme export`; the starter sites of `vitrine init`.
        .target(name: "VitrineTheme", dependencies: ["VitrineContent"], plugins: ["EmbedFiles"]),
        // Vitrine's compiled Mustache engine (templates loaded at run time, compiled against the
        // view types), interface strings, value formatting, the SVG chart.
        .target(
            name: "VitrineTemplates",
            dependencies: ["VitrineContent", "VitrineTheme", .product(name: "Yams", package: "Yams")]
        ),
        // The HTML site: planned files, view models, pagination, feeds, assets, the Pagefind client.
        .target(name: "VitrineSite", dependencies: ["VitrineContent", "VitrineTheme", "VitrineTemplates", "VitrineMarkdown"]),
        // Printable reports: one Pandoc Markdown file per report definition, through Templates/markdown/.
        .target(name: "VitrineReports", dependencies: ["VitrineContent", "VitrineTheme", "VitrineTemplates", "VitrineMarkdown"]),
        // JSON Schemas of the content's files for editors, with the site's own choices.
        .target(name: "VitrineSchema", dependencies: ["VitrineContent", "VitrineTheme", .product(name: "Yams", package: "Yams")]),
        // The build pipeline above the site and the reports: Load, Publish, Templates, Check,
        // Plan, Render, Emit, incremental when a session is kept, through one output sink.
        .target(name: "VitrineBuild", dependencies: ["VitrineContent", "VitrineTheme", "VitrineTemplates", "VitrineSite", "VitrineReports", "VitrineSchema"]),
        // The preview server: HTTP on 127.0.0.1, file watching, live reload, error overlay.
        .target(
            name: "VitrineServe",
            dependencies: [
                "VitrineBuild", "VitrineContent", "VitrineTheme",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]
        ),
        // The loader's fuzz targets: bytes through the real parsers, and the finding rules
        // (a diagnostic's position inside its file); Fuzz/ wraps each in a libFuzzer executable.
        .target(name: "VitrineFuzzing", dependencies: ["VitrineContent", "VitrineMarkdown"]),
        // The thin command-line front end.
        .executableTarget(
            name: "vitrine",
            dependencies: [
                "VitrineContent",
                "VitrineTheme",
                "VitrineBuild",
                "VitrineReports",
                "VitrineServe",
                "VitrineSchema",
                "VitrineTemplates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "VitrineSchemaTests", dependencies: ["VitrineSchema", "VitrineTheme", "VitrineContent"]),
        .testTarget(name: "VitrineSiteTests", dependencies: ["VitrineSite", "VitrineTemplates", "VitrineContent"]),
        // What several test targets share (a seeded random source for the property tests).
        .target(name: "VitrineTestSupport", path: "Tests/VitrineTestSupport"),
        .testTarget(name: "VitrineBuildTests", dependencies: ["VitrineTestSupport", "VitrineBuild", "VitrineSite", "VitrineTemplates", "VitrineContent"]),
        .testTarget(name: "VitrineServeTests", dependencies: ["VitrineServe", .product(name: "Hummingbird", package: "hummingbird")]),
        // The built-in theme, the starter sites, and the vitrine binary run from a folder of its own.
        .testTarget(name: "VitrineThemeTests", dependencies: ["VitrineTheme", "VitrineBuild", "VitrineReports", "VitrineContent"]),
        // Replays Fuzz/corpus and Fuzz/regressions (with their .expected diagnostics) through the harness.
        .testTarget(name: "VitrineFuzzingTests", dependencies: ["VitrineFuzzing", "VitrineContent"]),
        .testTarget(name: "VitrineMarkdownTests", dependencies: ["VitrineMarkdown"]),
        .testTarget(name: "VitrineReportsTests", dependencies: ["VitrineTestSupport", "VitrineReports", "VitrineTemplates", "VitrineContent", "VitrineTheme"]),
        .testTarget(
            name: "VitrineContentTests",
            dependencies: ["VitrineTestSupport", "VitrineContent"],
            resources: [.copy("Fixtures")]
        ),
        // The compiled template engine: the Mustache spec's tests (Fixtures/spec) and typed compiles.
        .testTarget(
            name: "VitrineTemplatesTests",
            dependencies: ["VitrineTemplates", "VitrineContent"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
