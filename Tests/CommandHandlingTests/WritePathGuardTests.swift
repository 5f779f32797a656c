import Foundation
import Testing

/// One write path (DESIGN §3): only CommandHandling's unit of work appends to the store. The store
/// itself, its migrations and the benchmark (which measures bare appends) are the only other places
/// that may call an append. A new module that appends for itself fails here, with the file named.
@Suite struct WritePathGuardTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")
    static let allowed = ["CommandHandling", "EventStore", "Bench"]
    /// An append, alone or inside a transaction of the store's.
    static let writes = #"\.append\(\s*to:|\.withTransaction\(\s*locking:"#

    /// Every Swift file under Sources that appends, by module.
    static func appendingFiles() throws -> [(module: String, path: String)] {
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.compactMap { file in
            let text = try String(contentsOf: file, encoding: .utf8)
            guard text.contains(try Regex(writes)) else { return nil }
            let relative = String(file.path.dropFirst(sources.path.count + 1))
            return (String(relative.split(separator: "/").first ?? ""), relative)
        }
    }

    @Test func onlyTheUnitOfWorkAppends() throws {
        let appending = try Self.appendingFiles()
        // The scan sees the write path itself, so it cannot pass by reading nothing.
        #expect(appending.contains { $0.path == "CommandHandling/CommandHandler.swift" })
        let elsewhere = appending.filter { !Self.allowed.contains($0.module) }.map(\.path)
        #expect(
            elsewhere.isEmpty,
            "These files append to the store outside CommandHandling's unit of work: \(elsewhere). Describe the change as a UnitOfWork and hand it to CommandHandler.perform."
        )
    }
}
