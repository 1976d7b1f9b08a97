// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Collecta",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "collecta", targets: ["collecta"]),
        .executable(name: "collecta-bench", targets: ["collecta-bench"]),
        .library(name: "CollectaCore", targets: ["CollectaCore"]),
        .library(name: "CollectaStore", targets: ["CollectaStore"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        // Pure domain: models, rules engine, rendering, validation, pool criteria, configuration
        // document. No I/O.
        .target(
            name: "CollectaCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // SQLite persistence: migrator, records, queries, CSV import/export.
        .target(
            name: "CollectaStore",
            dependencies: [
                "CollectaCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API: reading columns without copying rows (ColumnReader) and
                // binding values on bulk writes (RowStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Exposes wcwidth (hidden from Swift's Glibc module) to the toolkit.
        .target(name: "CTextWidth"),
        // Generic terminal toolkit: knows nothing of collections.
        .target(name: "TerminalUI", dependencies: ["CTextWidth"]),
        // The ncursesw C module; only TerminalBackend imports it.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "TerminalBackend", dependencies: ["CNcursesw", "TerminalUI"]),
        // Test support for screens: the screen test driver, golden files, tmux sessions. Only
        // test targets depend on it, so production code ships no test helpers.
        .target(name: "TerminalUITesting", dependencies: ["TerminalUI"]),
        // Test support for delivery: a real SMTP server on 127.0.0.1 (Tests/Support/smtp_server.py).
        .target(name: "SMTPTesting"),
        // libcurl's C API; only CollectaDelivery imports it.
        .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        // Email delivery over SMTP (libcurl) and the outbox's sending loop: statuses, retries,
        // the never-twice guarantee (docs/delivery.md).
        .target(
            name: "CollectaDelivery",
            dependencies: ["CCurl", "CollectaCore", "CollectaStore"]
        ),
        // Screens, app state, commands, localised strings.
        .target(
            name: "CollectaApp",
            dependencies: ["CollectaCore", "CollectaDelivery", "CollectaStore", "TerminalUI"]
        ),
        .executableTarget(
            name: "collecta",
            dependencies: [
                "CollectaApp", "CollectaCore", "CollectaDelivery", "CollectaStore", "TerminalBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark's pure parts: process runner, statistics, targets, reports, options.
        .target(
            name: "CollectaBenchKit",
            dependencies: [
                "CollectaCore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark behind `make bench`: runs the release binaries and the TUI on the test
        // terminal against generated companies (docs/performance.md).
        .executableTarget(
            name: "collecta-bench",
            dependencies: [
                "CollectaApp", "CollectaBenchKit", "CollectaCore", "CollectaStore", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "CollectaCoreTests",
            dependencies: ["CollectaCore", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["__Letters__"]
        ),
        .testTarget(
            name: "CollectaStoreTests",
            dependencies: ["CollectaStore", "CollectaCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Delivery against a real SMTP server on 127.0.0.1 (Tests/Support/smtp_server.py, aiosmtpd).
        .testTarget(
            name: "CollectaDeliveryTests",
            dependencies: [
                "CollectaDelivery", "CollectaCore", "CollectaStore", "SMTPTesting", "TerminalUITesting",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "TerminalBackend", "TerminalUITesting"],
            exclude: ["__Screens__"]
        ),
        .testTarget(
            name: "CollectaAppTests",
            dependencies: [
                "CollectaApp", "CollectaCore", "CollectaStore", "SMTPTesting", "TerminalUI", "TerminalUITesting",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["__Screens__"]
        ),
        // The benchmark's pure parts (CollectaBenchKit), and the TUI probe's scenario
        // (collecta-bench tui-probe) on small demo companies.
        .testTarget(
            name: "CollectaBenchTests",
            dependencies: ["CollectaBenchKit", "collecta-bench", "CollectaCore", "CollectaStore", "TerminalUI"]
        ),
        .testTarget(
            name: "CollectaCLITests",
            dependencies: [
                "collecta", "SMTPTesting", "TerminalUITesting", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
