import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A real SMTP server for one test (Debian's aiosmtpd, `Python/smtp_sink.py`) that keeps every message
/// it accepts as a file, and answers some recipients with failures (see the script).
///
/// Nothing here blocks a thread of the cooperative pool: starting polls the sink's output with
/// `Task.sleep`, and waiting for a child to end is its termination handler resuming the waiter.
package final class SMTPSink: Sendable {
    package let directory: String
    package let port: Int
    private let process: Process
    private let exit: ChildExit

    static let python = "/usr/bin/python3"
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Python")

    /// msmtp's own timeout in ``msmtp``: far above any normal exchange with the sink. A shorter one
    /// turned a stall of the sink on a busy machine into a temporary failure whose retry a test with a
    /// hand-moved clock never saw, or into a second delivery of a message the sink had already kept.
    package static let msmtpTimeoutSeconds = 60

    /// Starts the sink and waits until it listens (it prints its port). Its output goes to a file, not
    /// a pipe: the suite's other children are run the same way (see DaemonTestSupport), and nothing is
    /// left for a reader thread to drain.
    package static func start() async throws -> SMTPSink {
        let directory = FileManager.default.temporaryDirectory.path + "/tk-sink-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let outputPath = directory + "/sink.out"
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [scripts.appendingPathComponent("smtp_sink.py").path, directory]
        process.standardInput = FileHandle.nullDevice
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardOutput = output
        process.standardError = output
        let exit = ChildExit(process)
        try process.run()
        try? output.close()
        // Python and aiosmtpd start in well under a second; the bound only ends a test whose sink
        // cannot start at all.
        let deadline = ContinuousClock.now + .seconds(120)
        var text = ""
        while ContinuousClock.now < deadline, !exit.hasEnded {
            text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("PORT ") }),
                let port = Int(line.dropFirst(5))
            {
                return SMTPSink(directory: directory, port: port, process: process, exit: exit)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        if !exit.hasEnded { Glibc.kill(process.processIdentifier, SIGKILL) }
        _ = await exit.status()
        try? FileManager.default.removeItem(atPath: directory)
        throw SinkError("the SMTP sink did not start (is python3-aiosmtpd installed? ops/test installs it): \(text)")
    }

    private init(directory: String, port: Int, process: Process, exit: ChildExit) {
        self.directory = directory
        self.port = port
        self.process = process
        self.exit = exit
    }

    /// Stops the server and waits until it has exited: connections are refused from then on.
    ///
    /// SIGKILL, because a child started by Foundation's `Process` from a test's thread may inherit a mask
    /// that blocks SIGTERM; the sink has nothing to save (each message is already a whole file).
    package func stop() async {
        kill()
        _ = await exit.status()
    }

    /// Stops the server without waiting for it to go (for a `defer`); ``stop()`` waits.
    package func kill() {
        guard !exit.hasEnded else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
    }

    deinit {
        kill()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// msmtp, as a sendmail that delivers straight to this sink (synchronously: the sink has the message
    /// when msmtp exits), with a timeout far above any normal exchange.
    package var msmtp: [String] { msmtp(timeout: Self.msmtpTimeoutSeconds) }

    /// msmtp with its own `--timeout` of `seconds`: short only for the test of that timeout.
    package func msmtp(timeout seconds: Int) -> [String] {
        [
            "/usr/bin/msmtp", "--file=/dev/null", "--host=127.0.0.1", "--port=\(port)", "--read-envelope-from",
            "--timeout=\(seconds)", "-t", "-oi",
        ]
    }

    /// The files of the messages accepted so far.
    package var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".eml") }
            .sorted { Int($0.dropLast(4)) ?? 0 < Int($1.dropLast(4)) ?? 0 }.map { directory + "/" + $0 }
    }

    package var count: Int { files.count }

    /// Waits until at least `count` messages have arrived; the bound only ends a test whose messages
    /// never come.
    package func waitFor(_ count: Int, timeout: Duration = .seconds(120)) async throws {
        let deadline = ContinuousClock.now + timeout
        while self.count < count {
            guard ContinuousClock.now < deadline else {
                throw SinkError("waited \(timeout) for \(count) messages; the sink has \(self.count)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Every accepted message, parsed by Python's `email` package.
    package func messages() async throws -> [DeliveredMail] {
        let files = files
        guard !files.isEmpty else { return [] }
        let outputPath = directory + "/read-\(UUID().uuidString.prefix(8)).json"
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [Self.scripts.appendingPathComponent("read_mail.py").path] + files
        process.standardInput = FileHandle.nullDevice
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardOutput = output
        let exit = ChildExit(process)
        try process.run()
        try? output.close()
        let status = await exit.status()
        guard status == 0 else { throw SinkError("read_mail.py exited with status \(status)") }
        let data = try Data(contentsOf: URL(fileURLWithPath: outputPath))
        return try JSONDecoder().decode([DeliveredMail].self, from: data)
    }
}

/// A child's end, told by its termination handler: awaited without blocking a thread.
///
/// Made before the process runs (it sets the handler), so the end cannot come before anyone listens.
package final class ChildExit: Sendable {
    private struct State {
        var status: Int32?
        var waiters: [CheckedContinuation<Int32, Never>] = []
    }
    private let state = Mutex(State())

    package init(_ process: Process) {
        // The process keeps this object alive until it has ended; this object does not keep the process.
        process.terminationHandler = { [self] process in
            let status = process.terminationStatus
            let waiters = self.state.withLock { state in
                state.status = status
                defer { state.waiters = [] }
                return state.waiters
            }
            for waiter in waiters { waiter.resume(returning: status) }
        }
    }

    package var hasEnded: Bool { state.withLock { $0.status != nil } }

    /// The exit status (or the signal's number), once the child has ended.
    package func status() async -> Int32 {
        await withCheckedContinuation { continuation in
            let ended = state.withLock { state -> Int32? in
                if let status = state.status { return status }
                state.waiters.append(continuation)
                return nil
            }
            if let ended { continuation.resume(returning: ended) }
        }
    }
}

/// One message as Python's `email` package reads it.
package struct DeliveredMail: Decodable, Sendable {
    package var from: String
    package var fromName: String
    package var to: String
    package var toAddress: String
    package var toName: String
    package var subject: String
    package var messageId: String
    /// The `Reply-To` address, if the message has one.
    package var replyTo: String?
    package var autoSubmitted: String
    package var precedence: String?
    package var text: String?
    package var html: String?
    package var htmlErrors: [String]
    package var defects: [String]
}

package struct SinkError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}
