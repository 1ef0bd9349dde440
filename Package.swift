// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tiltak",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tiltak", targets: ["tiltak"]),
        .library(name: "TiltakModel", targets: ["TiltakModel"]),
        .library(name: "TiltakOperations", targets: ["TiltakOperations"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // The catalogue: every word a user sees, in nynorsk, bokmål and English (pure Swift).
        .target(name: "TiltakLanguage"),
        // Domain model: pure Swift, no I/O libraries.
        .target(name: "TiltakModel", dependencies: ["TiltakLanguage"]),
        // Display-width aware text layout (pure Swift).
        .target(name: "TextLayout"),
        // Threads, the action stream, atomic writes and the output error, safe file names,
        // checksums, resource lookup (Foundation only).
        .target(name: "TiltakRuntime", dependencies: ["TiltakModel", "TiltakLanguage"]),
        // Every workbook's layout (sheet names, columns, protected cells, the Om sheet's keys),
        // declared once for the writers and the readers; party names, kroner (pure Swift).
        .target(name: "TiltakLayout", dependencies: ["TiltakModel", "TiltakLanguage"]),
        // Plan files: YAML and tables (CSV, and a secretariat's own XLSX workbook).
        .target(
            name: "TiltakPlanFiles",
            dependencies: [
                "TiltakModel", "TiltakLanguage", "TiltakRuntime", "XLSXReader",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Reads XLSX files back (ZIPFoundation + XML).
        .target(
            name: "XLSXReader",
            dependencies: ["TiltakLanguage", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // What comes back: returned task workbooks and status tables, the collect rules, council
        // workbook import.
        .target(
            name: "TiltakReturns",
            dependencies: [
                "TiltakModel", "TiltakLanguage", "TiltakRuntime", "TiltakLayout", "TiltakPlanFiles",
                "XLSXReader",
            ]
        ),
        // libxlsxwriter, wrapped once.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "XlsxWriter", dependencies: ["CXlsxWriter"]),
        // Exporters.
        .target(
            name: "TiltakWorkbook",
            dependencies: ["TiltakModel", "TiltakLanguage", "TiltakRuntime", "TiltakLayout", "XlsxWriter"]),
        .target(
            name: "TiltakReports",
            dependencies: [
                "TiltakModel", "TiltakLanguage", "TiltakRuntime", "TiltakLayout", "TextLayout",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The static web site (`tiltak publish`): HTML pages from Mustache templates.
        .target(
            name: "TiltakSite",
            dependencies: [
                "TiltakModel", "TiltakLanguage", "TiltakRuntime", "TiltakReports",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // One library operation per command, testable in-process.
        .target(
            name: "TiltakOperations",
            dependencies: [
                "TiltakModel", "TiltakLanguage", "TiltakRuntime", "TiltakLayout", "TiltakPlanFiles",
                "TiltakReturns", "TiltakWorkbook", "TiltakReports", "TextLayout", "TiltakSite",
            ]
        ),
        // Command-line interface: parses arguments, calls one operation, prints, maps errors to exit codes.
        .target(
            name: "TiltakCLI",
            dependencies: [
                // The operations, and the types of the options and errors it maps.
                "TiltakOperations", "TiltakLanguage", "TiltakRuntime", "TiltakPlanFiles", "TiltakWorkbook",
                "TiltakReports", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tiltak", dependencies: ["TiltakCLI"]),

        // Fuzz targets: `Scripts/fuzz` builds them with libFuzzer (-sanitize=fuzzer -DFUZZING); built as
        // usual, each replays the input files it is given.
        .target(name: "FuzzSupport", path: "Sources/Fuzz/FuzzSupport"),
        .executableTarget(
            name: "FuzzTables", dependencies: ["FuzzSupport", "TiltakPlanFiles", "TiltakModel"],
            path: "Sources/Fuzz/FuzzTables"),
        .executableTarget(
            name: "FuzzPlanFiles", dependencies: ["FuzzSupport", "TiltakPlanFiles", "TiltakModel"],
            path: "Sources/Fuzz/FuzzPlanFiles"),
        .executableTarget(
            name: "FuzzWorkbooks", dependencies: ["FuzzSupport", "XLSXReader"],
            path: "Sources/Fuzz/FuzzWorkbooks"),

        .testTarget(name: "TiltakModelTests", dependencies: ["TiltakModel", "TiltakLanguage"]),
        .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout"]),
        .testTarget(name: "TiltakRuntimeTests", dependencies: ["TiltakRuntime"]),
        .testTarget(name: "TiltakLanguageTests", dependencies: ["TiltakLanguage"]),
        // CSV.swift is the reference the byte-level table splitter is checked against, Yams the one
        // the plan writer's YAML is.
        .testTarget(
            name: "TiltakPlanFilesTests",
            dependencies: [
                "TiltakPlanFiles", "TiltakModel", "TiltakLanguage", "TiltakRuntime",
                // The writer, to make the secretariats' own workbooks the tests read.
                "XlsxWriter", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(
            name: "XLSXReaderTests",
            dependencies: [
                "XLSXReader", "TiltakLanguage", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "TiltakReturnsTests",
            // The writers, to read back the task workbooks they write.
            dependencies: [
                "TiltakReturns", "TiltakLanguage", "TiltakLayout", "TiltakModel", "TiltakPlanFiles",
                "TiltakWorkbook",
            ]
        ),
        .testTarget(name: "XlsxWriterTests", dependencies: ["XlsxWriter", "XLSXReader"]),
        .testTarget(
            name: "TiltakWorkbookTests",
            dependencies: [
                "TiltakWorkbook", "TiltakLayout", "TiltakLanguage", "TiltakRuntime", "TiltakPlanFiles",
                "TiltakModel",
                "XLSXReader",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "TiltakReportsTests",
            dependencies: [
                "TiltakReports", "TiltakLanguage", "TiltakPlanFiles", "TiltakModel", "TextLayout",
            ],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "TiltakSiteTests",
            dependencies: ["TiltakSite", "TiltakLanguage", "TiltakModel", "TiltakReports", "TiltakPlanFiles"]
        ),
        .testTarget(
            name: "TiltakOperationsTests",
            dependencies: [
                "TiltakOperations", "TiltakLanguage", "TiltakRuntime", "TiltakPlanFiles", "TiltakModel",
                "TiltakWorkbook", "XLSXReader",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "TiltakCLITests",
            dependencies: [
                "TiltakCLI", "TiltakLanguage", "TiltakPlanFiles", "TiltakReturns", "TiltakModel",
                // The writer, to make the secretariats' own workbooks the tests import.
                "XLSXReader", "XlsxWriter",
            ]
        ),
    ]
)
