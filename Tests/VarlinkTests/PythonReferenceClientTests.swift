import Foundation
import Testing

@testable import Varlink

/// Checks the server against an independent implementation: the Python reference client
/// (`pip install varlink`). `ops/test` provides it through `TREDJEKRAFT_TEST_VARLINK_PYTHON`.
@Suite("Varlink server: Python reference client")
struct PythonReferenceClientTests {
    static let pythonVariable = "TREDJEKRAFT_TEST_VARLINK_PYTHON"

    /// Runs a program without blocking a cooperative thread; returns exit status, stdout, stderr.
    /// Output goes to files, read after exit: a pipe would have to be drained while the child runs.
    static func run(_ executable: String, _ arguments: [String]) async throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let base = makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let (outPath, errPath) = (base + "/out", base + "/err")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardInput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return (
            status, try String(contentsOfFile: outPath, encoding: .utf8),
            try String(contentsOfFile: errPath, encoding: .utf8)
        )
    }

    @Test func pythonClientInfoAndCall() async throws {
        guard let python = ProcessInfo.processInfo.environment[Self.pythonVariable], !python.isEmpty else {
            let message: Comment = """
                \(Self.pythonVariable) is not set: the Python Varlink reference client test did not run. \
                Run ops/test, or: python3 -m venv /tmp/vl && /tmp/vl/bin/pip install varlink && \
                export \(Self.pythonVariable)=/tmp/vl/bin/python
                """
            Issue.record(message)  // never a silent skip
            return
        }
        try await withTestServer { path, _, _ in
            let (infoStatus, info, infoErrors) = try await Self.run(
                python, ["-m", "varlink.cli", "info", "unix:\(path)"])
            #expect(infoStatus == 0, "varlink.cli info failed: \(infoErrors)")
            #expect(info.contains("Tredje kraften"), "info output: \(info) \(infoErrors)")
            #expect(info.contains("varlink-tests"))
            #expect(info.contains("org.example.ping"))

            let (_, pong, pongErrors) = try await Self.run(
                python,
                ["-m", "varlink.cli", "call", "unix:\(path)/org.example.ping.Ping", #"{"text": "hej från python"}"#])
            #expect(pongErrors.isEmpty, "stderr: \(pongErrors)")
            let reply = try JSONDecoder().decode([String: String].self, from: Data(pong.utf8))
            #expect(reply == ["pong": "hej från python"])

            let (_, streamed, streamErrors) = try await Self.run(
                python, ["-m", "varlink.cli", "call", "-m", "unix:\(path)/org.example.ping.Count", #"{"to": 3}"#])
            #expect(streamErrors.isEmpty, "stderr: \(streamErrors)")
            #expect(streamed.contains("\"value\": 3"), "stream output: \(streamed)")

            // Errors go to stderr with exit status 0: read the text.
            let (_, _, typeErrors) = try await Self.run(
                python, ["-m", "varlink.cli", "call", "unix:\(path)/org.example.ping.Double", #"{"number": "x"}"#])
            #expect(typeErrors.contains("InvalidParameter"), "stderr: \(typeErrors)")
        }
    }
}
