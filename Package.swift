// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "TredjeKraften",
    platforms: [.macOS(.v15)],
    products: [],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // libpq, from Debian's libpq-dev.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // A Swift PostgreSQL client over libpq: connections, typed parameters, transactions, pool,
        // LISTEN/NOTIFY.
        .target(
            name: "Postgres",
            dependencies: ["CLibPQ", .product(name: "Logging", package: "swift-log")]),
        // Every fact, forever, in order: streams with optimistic concurrency and a global log that
        // never skips.
        .target(name: "EventStore", dependencies: ["Postgres", .product(name: "Logging", package: "swift-log")]),
        // The rules of the influence loop: pure Swift, no I/O.
        .target(name: "Domain"),

        // Shared by the test targets: the throwaway PostgreSQL that ops/test starts.
        .target(name: "PostgresTestSupport", dependencies: ["Postgres"], path: "Tests/PostgresTestSupport"),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres", "PostgresTestSupport"]),
        .testTarget(
            name: "EventStoreTests", dependencies: ["EventStore", "PostgresTestSupport"], exclude: ["Golden"]),
        // Golden files are read from the source tree (#filePath), not bundled.
        .testTarget(name: "DomainTests", dependencies: ["Domain"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
