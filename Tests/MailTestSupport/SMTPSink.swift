import Foundation

/// A real SMTP server for one test (Debian's aiosmtpd, `Python/smtp_sink.py`) that keeps every message
/// it accepts as a file, and answers some recipients with failures (see the script).
package final class SMTPSink: Sendable {
    package let directory: String
    package let port: Int
    private let process: Process
    private let input: FileHandle

    static let python = "/usr/bin/python3"
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Python")

    package init() throws {
        directory = FileManager.default.temporaryDirectory.path + "/tk-sink-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [Self.scripts.appendingPathComponent("smtp_sink.py").path, directory]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        input = stdin.fileHandleForWriting
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = stdout.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let port = Int(text.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        else {
            process.terminate()
            throw SinkError(
                "the SMTP sink did not start (is python3-aiosmtpd installed? ops/test installs it): \(text)")
        }
        self.port = port
    }

    /// Stops the server: connections are refused from now on.
    package func stop() {
        try? input.close()
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning {
            try? input.close()
            process.terminate()
        }
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [Self.scripts.appendingPathComponent("read_mail.py").path] + files
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
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
