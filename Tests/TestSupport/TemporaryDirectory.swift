import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A test's own failure, with what a person needs to see.
package struct TestFailure: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}

/// A temporary directory, removed afterwards.
package func withTemporaryDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
    let path = "/tmp/tk-test-" + UUID().uuidString.prefix(8).lowercased()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    chmod(path, 0o755)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try await body(path)
}
