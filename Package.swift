// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "TredjeKraften",
    platforms: [.macOS(.v15)],
    products: [],
    dependencies: [],
    targets: [
        // The rules of the influence loop: pure Swift, no I/O.
        .target(name: "Domain"),
        // Golden files are read from the source tree (#filePath), not bundled.
        .testTarget(name: "DomainTests", dependencies: ["Domain"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
