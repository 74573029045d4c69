// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "teishutsu",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "teishutsu", targets: ["teishutsu"]),
        .library(name: "TeishutsuKit", targets: ["TeishutsuKit"]),
        .library(name: "JapaneseCalendar", targets: ["JapaneseCalendar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The system libxml2 (Debian: libxml2-dev), for XML/XSD and HTML drafts.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // The small Swift face of libxml2: parsing untrusted XML and HTML, compiling and applying XSDs.
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        // Eras, national holidays, closed days, fiscal years: Foundation only.
        .target(name: "JapaneseCalendar"),
        // SHA-256 blocks with the processor's SHA extensions, where it has them.
        .target(name: "CSHA256"),
        // Starting a file's writeback without waiting for it (Linux: sync_file_range).
        .target(name: "CFileSync"),
        // Diagnostics, the input schemas and the model of contract, plan and report.
        .target(name: "DocumentModel", dependencies: ["JapaneseCalendar", "CSHA256"]),
        // Templates/, compiled into the binary.
        .executableTarget(name: "embed-templates"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),
        .target(name: "DefaultTemplates", plugins: ["EmbedTemplates"]),
        // YAML and CSV into the model, with a source span for every value.
        .target(name: "Loading", dependencies: [
            "DocumentModel", "JapaneseCalendar", "DefaultTemplates", "LibXML",
            .product(name: "Yams", package: "Yams"),
        ]),
        // The four service levels: pure functions of the logs, the month, the contract and "now".
        .target(name: "ServiceLevels", dependencies: ["DocumentModel", "JapaneseCalendar"]),
        // The rules: every problem with a stable code, in Japanese and English.
        .target(name: "Validation", dependencies: ["DocumentModel", "JapaneseCalendar", "ServiceLevels"]),
        // Views, Mustache templates, the XML writer and XSD checks.
        .target(name: "Rendering", dependencies: [
            "DocumentModel", "JapaneseCalendar", "DefaultTemplates", "LibXML", "ServiceLevels",
        ]),
        // The commands' work, callable from Swift: build, validate, init.
        .target(name: "TeishutsuKit", dependencies: ["CFileSync", "DocumentModel", "JapaneseCalendar", "Loading", "Validation", "Rendering", "ServiceLevels", "DefaultTemplates"]),
        // The command line, and nothing else.
        .executableTarget(
            name: "teishutsu",
            dependencies: [
                "JapaneseCalendar", "DocumentModel", "TeishutsuKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz targets (scripts/fuzz.sh builds them under libFuzzer; a plain build replays files).
        .target(name: "FuzzTargets", dependencies: ["DocumentModel", "JapaneseCalendar", "Loading", "Rendering"]),
        .target(name: "CFuzzSupport"),
        .executableTarget(name: "teishutsu-fuzz", dependencies: ["FuzzTargets", "CFuzzSupport"]),
        // Benchmarks that print numbers: swift run -c release teishutsu-bench (scripts/benchmark.sh).
        .executableTarget(name: "teishutsu-bench", dependencies: ["JapaneseCalendar", "Rendering", "TeishutsuKit"]),
        // What the test targets share: the package's samples, the CLI runner, goldens with diffs, log records.
        .target(name: "TestSupport", dependencies: ["DocumentModel", "JapaneseCalendar"], path: "Tests/TestSupport"),
        .testTarget(name: "DocumentModelTests", dependencies: ["DocumentModel", "JapaneseCalendar", "TestSupport"]),
        .testTarget(name: "JapaneseCalendarTests", dependencies: ["JapaneseCalendar"], exclude: ["Fixtures"]),
        .testTarget(name: "LoadingTests", dependencies: ["TestSupport", "Loading", "DocumentModel", "JapaneseCalendar"]),
        .testTarget(name: "ValidationTests", dependencies: ["TestSupport", "TeishutsuKit", "Validation", "DocumentModel"]),
        .testTarget(name: "ServiceLevelsTests", dependencies: ["TestSupport", "ServiceLevels", "DocumentModel", "JapaneseCalendar"]),
        .testTarget(name: "RenderingTests", dependencies: ["TestSupport", "Rendering", "DocumentModel", "DefaultTemplates", "LibXML", "ServiceLevels"]),
        .testTarget(name: "TeishutsuKitTests", dependencies: ["TestSupport", "TeishutsuKit", "DocumentModel", "Loading", .product(name: "Yams", package: "Yams")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "teishutsu", "TeishutsuKit", "DocumentModel", "JapaneseCalendar"], exclude: ["Golden"]),
    ]
)
