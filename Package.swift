// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "TredjeKraften",
    platforms: [.macOS(.v15)],
    products: [],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The rules of the influence loop: pure Swift, no I/O.
        .target(name: "Domain"),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),

        // SO_PEERCRED wrapper: Swift's Glibc hides `struct ucred`.
        .target(name: "CPeerCredentials"),

        // The Varlink protocol over Unix sockets: framing, server, client. Domain-free.
        .target(
            name: "Varlink",
            dependencies: [
                "CPeerCredentials",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "VarlinkTests",
            dependencies: [
                "Varlink",
                "CPeerCredentials",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["org.example.ping.varlink"]
        ),

        // systemd integration: sd_notify and journald-style log lines.
        .target(
            name: "Systemd",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "SystemdTests",
            dependencies: [
                "Systemd",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
