import Foundation
import Testing

/// `systemd-analyze verify` on the unit. It checks that ExecStart's binary exists, so the test copies
/// the unit to a temporary directory with ExecStart pointing at the built binary.
@Suite struct SystemdUnitTests {
    @Test func unitVerifies() async throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let unit = try String(
            contentsOf: repository.appendingPathComponent("systemd/tredjekraftd.service"), encoding: .utf8)
        #expect(unit.contains("ExecStart=/usr/bin/tredjekraftd "))
        let binary = try daemonBinary()
        try await withTemporaryDirectory { directory in
            let path = directory + "/tredjekraftd.service"
            try unit.replacingOccurrences(of: "ExecStart=/usr/bin/tredjekraftd", with: "ExecStart=\(binary)")
                .write(toFile: path, atomically: true, encoding: .utf8)
            let outputPath = directory + "/verify.out"
            _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
            let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-analyze")
            process.arguments = ["verify", path]
            process.standardOutput = output
            process.standardError = output
            let status: Int32 = try await withCheckedThrowingContinuation { continuation in
                process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
                do { try process.run() } catch {
                    process.terminationHandler = nil
                    continuation.resume(throwing: error)
                }
            }
            let text = try String(contentsOfFile: outputPath, encoding: .utf8)
            // verify only warns (exit 0) about unknown keys, so any output is a failure too.
            #expect(status == 0, "\(text)")
            #expect(text.isEmpty, "\(text)")
        }
    }
}
