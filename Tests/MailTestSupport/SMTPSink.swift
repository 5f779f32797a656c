import Foundation

/// A real SMTP server for one test (Debian's aiosmtpd, `Python/smtp_sink.py`) that keeps every message
/// it accepts as a file, and answers some recipients with failures (see the script).
package final class SMTPSink: Sendable {
    package let directory: String
    package let port: Int
    private let process: Process

    static let python = "/usr/bin/python3"
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Python")

    /// Starts the sink and waits until it listens. Its output goes to a file, not a pipe: the suite's
    /// other children are run the same way (see DaemonTestSupport), and nothing is left for a reader
    /// thread to drain.
    package init() throws {
        directory = FileManager.default.temporaryDirectory.path + "/tk-sink-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let outputPath = directory + "/sink.out"
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [Self.scripts.appendingPathComponent("smtp_sink.py").path, directory]
        process.standardInput = FileHandle.nullDevice
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardOutput = output
        process.standardError = output
        try process.run()
        try? output.close()
        let deadline = Date().addingTimeInterval(30)
        var text = ""
        while Date() < deadline, process.isRunning {
            text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("PORT ") }),
                let port = Int(line.dropFirst(5))
            {
                self.port = port
                return
            }
            usleep(20_000)
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        throw SinkError("the SMTP sink did not start (is python3-aiosmtpd installed? ops/test installs it): \(text)")
    }

    /// Stops the server: connections are refused from now on.
    ///
    /// SIGKILL, because a child started by Foundation's `Process` from a test's thread may inherit a mask
    /// that blocks SIGTERM; the sink has nothing to save (each message is already a whole file).
    package func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// msmtp, as a sendmail that delivers straight to this sink (synchronously: the sink has the message
    /// when msmtp exits).
    package var msmtp: [String] {
        [
            "/usr/bin/msmtp", "--file=/dev/null", "--host=127.0.0.1", "--port=\(port)", "--read-envelope-from",
            "--timeout=3", "-t", "-oi",
        ]
    }

    /// The files of the messages accepted so far.
    package var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".eml") }
            .sorted { Int($0.dropLast(4)) ?? 0 < Int($1.dropLast(4)) ?? 0 }.map { directory + "/" + $0 }
    }

    package var count: Int { files.count }

    /// Waits until at least `count` messages have arrived.
    package func waitFor(_ count: Int, timeout: Duration = .seconds(30)) async throws {
        let deadline = ContinuousClock.now + timeout
        while self.count < count {
            guard ContinuousClock.now < deadline else {
                throw SinkError("waited \(timeout) for \(count) messages; the sink has \(self.count)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Every accepted message, parsed by Python's `email` package.
    package func messages() throws -> [DeliveredMail] {
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
        try process.run()
        try? output.close()
        process.waitUntilExit()
        let data = try Data(contentsOf: URL(fileURLWithPath: outputPath))
        return try JSONDecoder().decode([DeliveredMail].self, from: data)
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
