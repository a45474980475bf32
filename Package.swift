// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Vitrine",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vitrine", targets: ["vitrine"]),
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
        // Content model, loading, validation and the content graph.
        .target(
            name: "VitrineContent",
            dependencies: ["VitrineMarkdown", .product(name: "Yams", package: "Yams")]
        ),
        // Vitrine's compiled Mustache engine (templates loaded at run time, compiled against the
        // view types), interface strings, value formatting, the SVG chart.
        .target(
            name: "VitrineTemplates",
            dependencies: ["VitrineContent", .product(name: "Yams", package: "Yams")]
        ),
        // The HTML site: planned files, view models, pagination, feeds, assets, the Pagefind client.
        .target(name: "VitrineSite", dependencies: ["VitrineContent", "VitrineTemplates", "VitrineMarkdown"]),
        // Printable reports: one Pandoc Markdown file per report definition, through Templates/markdown/.
        .target(name: "VitrineReports", dependencies: ["VitrineContent", "VitrineTemplates", "VitrineMarkdown"]),
        // The build pipeline above the site and the reports: Load, Publish, Templates, Check,
        // Plan, Render, Emit, incremental when a session is kept, through one output sink.
        .target(name: "VitrineBuild", dependencies: ["VitrineContent", "VitrineTemplates", "VitrineSite", "VitrineReports"]),
        // The preview server: HTTP on 127.0.0.1, file watching, live reload, error overlay.
        .target(
            name: "VitrineServe",
            dependencies: [
                "VitrineBuild", "VitrineContent",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "vitrine",
            dependencies: [
                "VitrineContent",
                "VitrineBuild",
                "VitrineReports",
                "VitrineServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "VitrineSiteTests", dependencies: ["VitrineSite", "VitrineTemplates", "VitrineContent"]),
        .testTarget(name: "VitrineBuildTests", dependencies: ["VitrineBuild", "VitrineSite", "VitrineTemplates", "VitrineContent"]),
        .testTarget(name: "VitrineServeTests", dependencies: ["VitrineServe", .product(name: "Hummingbird", package: "hummingbird")]),
        .testTarget(name: "VitrineMarkdownTests", dependencies: ["VitrineMarkdown"]),
        .testTarget(name: "VitrineReportsTests", dependencies: ["VitrineReports", "VitrineTemplates", "VitrineContent"]),
        .testTarget(
            name: "VitrineContentTests",
            dependencies: ["VitrineContent"],
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
