// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tiltak",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tiltak", targets: ["tiltak"]),
        .library(name: "TiltakModel", targets: ["TiltakModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // Domain model: pure Swift, no I/O libraries.
        .target(name: "TiltakModel"),
        // Display-width aware text layout (pure Swift).
        .target(name: "TextLayout"),
        // Plan files and table import.
        .target(
            name: "TiltakIO",
            dependencies: [
                "TiltakModel",
                "XLSXReader",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Reads XLSX files back (ZIPFoundation + XML).
        .target(
            name: "XLSXReader",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // libxlsxwriter, wrapped once.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "XlsxWriter", dependencies: ["CXlsxWriter"]),
        // Exporters.
        .target(name: "TiltakWorkbook", dependencies: ["TiltakModel", "TiltakIO", "XlsxWriter"]),
        .target(
            name: "TiltakReports",
            dependencies: [
                "TiltakModel", "TiltakIO", "TextLayout",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Command-line interface.
        .target(
            name: "TiltakCLI",
            dependencies: [
                "TiltakModel", "TiltakIO", "TiltakWorkbook", "TiltakReports", "TextLayout",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tiltak", dependencies: ["TiltakCLI"]),

        .testTarget(name: "TiltakModelTests", dependencies: ["TiltakModel"]),
        .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout"]),
        // CSV.swift is the reference the byte-level table splitter is checked against.
        .testTarget(
            name: "TiltakIOTests",
            dependencies: ["TiltakIO", "TiltakModel", .product(name: "CSV", package: "CSV.swift")]
        ),
        .testTarget(name: "XlsxWriterTests", dependencies: ["XlsxWriter", "XLSXReader"]),
        .testTarget(
            name: "TiltakWorkbookTests",
            dependencies: ["TiltakWorkbook", "TiltakIO", "TiltakModel", "XLSXReader"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "TiltakReportsTests",
            dependencies: ["TiltakReports", "TiltakIO", "TiltakModel", "TextLayout"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "TiltakCLITests",
            dependencies: ["TiltakCLI", "TiltakIO", "TiltakModel", "XLSXReader"]
        ),
    ]
)
