// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Treffpunkt",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "treffpunkt", targets: ["treffpunkt"]),
        .library(name: "Treffpunkt", targets: ["Treffpunkt"]),
        .library(name: "MIP", targets: ["MIP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // GLPK 5.0 from Debian; Debian ships no glpk.pc, so the library is linked by name.
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // Domain-free mixed-integer linear programming: a model builder and the GLPK backend.
        .target(name: "MIP", dependencies: ["CGLPK"]),
        // Domain-free RFC 5545: writing (content lines, components, VTIMEZONE from the time-zone
        // database), reading with line numbers, and expanding events into occurrences.
        .target(name: "ICalendar"),
        // SHA-256 of a byte sequence (Foundation on Linux has no CryptoKit).
        .target(name: "Hashing"),
        // Domain-free guarded YAML reading: size, encoding, nesting, tags and alias budgets
        // checked around Yams, every problem at its line and column.
        .target(name: "SafeYAML", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The domain: scenarios, calendar facts, the planning model, the independent checker.
        // seeds/cities.csv and seeds/germany-states.csv (linked from Resources/) are compiled in,
        // so a copied binary has them.
        .target(
            name: "Treffpunkt",
            dependencies: ["MIP", "ICalendar", "SafeYAML", "Hashing", .product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Resources/cities.csv"), .embedInCode("Resources/germany-states.csv")]
        ),
        // The SQLite plan store: every plan run, adopted plans as history, on GRDB and Debian's SQLite.
        .target(
            name: "PlanStore",
            dependencies: ["Treffpunkt", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "treffpunkt",
            dependencies: ["Treffpunkt", "PlanStore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "MIPTests", dependencies: ["MIP"]),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanStore", "Treffpunkt", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ICalendarTests", dependencies: ["ICalendar"]),
        .testTarget(name: "HashingTests", dependencies: ["Hashing"]),
        .testTarget(name: "SafeYAMLTests", dependencies: ["SafeYAML"]),
        .testTarget(
            name: "TreffpunktTests",
            dependencies: ["Treffpunkt", "SafeYAML", "Hashing"],
            exclude: ["Fixtures"]
        ),
        // Runs the built `treffpunkt` executable and checks exit codes and output.
        .testTarget(name: "CLITests", dependencies: ["treffpunkt", "Treffpunkt"], exclude: ["Golden"]),
    ]
)
