import Foundation

/// The built `tredjekraftd` next to the test bundle (`swift build --build-tests` builds it).
package func daemonBinary() throws -> String { try builtBinary("tredjekraftd") }

/// A product built next to the test bundle (`swift build --build-tests` builds every product).
package func builtBinary(_ name: String) throws -> String {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<3 {
        let candidate = directory.appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        directory = directory.deletingLastPathComponent()
    }
    let fallback = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/\(name)").path
    guard FileManager.default.isExecutableFile(atPath: fallback) else {
        throw TestFailure("\(name) is not built; run the suite with ops/test (it builds all products)")
    }
    return fallback
}
