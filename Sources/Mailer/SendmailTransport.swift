import Domain
import Foundation
import Subprocess
import SystemPackage

/// Hands a rendered message to a sendmail-compatible program on its standard input, always under a
/// timeout, and says how that ended in the outbox's terms.
///
/// The program runs in a session of its own, so a timeout ends it and whatever it started (Postfix's
/// `postdrop` retries forever when it cannot write its spool). The wait happens in swift-subprocess,
/// off the cooperative pool. Exit status 0 means accepted — with Postfix or exim only *queued*; bounces
/// come later by mail.
package struct SendmailTransport: Sendable {
    /// The program and its arguments, e.g. `["/usr/sbin/sendmail", "-t", "-oi"]`.
    package var command: [String]
    package var timeout: Duration

    package init(command: [String], timeout: Duration) {
        self.command = command
        self.timeout = timeout
    }

    /// Exit statuses worth another attempt (sysexits.h): EX_UNAVAILABLE, EX_IOERR, EX_TEMPFAIL.
    package static let temporaryStatuses: Set<Int32> = [69, 74, 75]

    /// Why the program cannot run at all, or `nil` when it can: for `status` and `STATUS=` at start.
    package var problem: String? {
        guard let program = command.first, !program.isEmpty else {
            return "mail.sendmail is empty: give the program and its arguments"
        }
        guard program.hasPrefix("/") else { return "mail.sendmail: \(program) is not an absolute path" }
        guard FileManager.default.fileExists(atPath: program) else {
            return "mail.sendmail: \(program) does not exist (install a sendmail, e.g. postfix or msmtp-mta)"
        }
        guard FileManager.default.isExecutableFile(atPath: program) else {
            return "mail.sendmail: \(program) is not executable by the daemon's user"
        }
        return nil
    }

    /// Runs the program with `message` on standard input.
    package func send(_ message: String) async -> DeliveryOutcome {
        if let problem { return .temporaryFailure(problem) }
        let stderrPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("tredjekraft-sendmail-\(UUID().uuidString).err").path
        defer { unlink(stderrPath) }
        let ended: Ending
        do {
            ended = try await run(message, stderrPath: stderrPath)
        } catch {
            return .temporaryFailure("could not start \(command[0]): \(error)")
        }
        let said = Self.sanitised(Self.head(of: stderrPath))
        switch ended {
        case .timedOut:
            return .temporaryFailure(
                "\(command[0]) did not finish within \(timeout) and was stopped" + (said.isEmpty ? "" : ": \(said)"))
        case .signalled(let signal):
            return .temporaryFailure("\(command[0]) was killed by signal \(signal)" + (said.isEmpty ? "" : ": \(said)"))
        case .exited(0):
            return .accepted
        case .exited(let status):
            let reason = "\(command[0]) exited with status \(status)" + (said.isEmpty ? "" : ": \(said)")
            return Self.temporaryStatuses.contains(status) ? .temporaryFailure(reason) : .permanentFailure(reason)
        }
    }

    private enum Ending: Sendable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
    }

    private func run(_ message: String, stderrPath: String) async throws -> Ending {
        let executable = command[0]
        let arguments = Array(command.dropFirst())
        let timeout = timeout
        return try await withThrowingTaskGroup(of: Ending?.self) { group in
            group.addTask {
                let errorFile = try FileDescriptor.open(
                    FilePath(stderrPath), .writeOnly, options: [.create, .truncate], permissions: [.ownerReadWrite])
                var options = PlatformOptions()
                options.createSession = true
                options.teardownSequence = [
                    .send(signal: .terminate, toProcessGroup: true, allowedDurationToNextStep: .seconds(2))
                ]
                let result = try await Subprocess.run(
                    .path(FilePath(executable)), arguments: Arguments(arguments), platformOptions: options,
                    input: .string(message), output: .discarded,
                    error: .fileDescriptor(errorFile, closeAfterSpawningProcess: true))
                switch result.terminationStatus {
                case .exited(let code): return .exited(code)
                case .signaled(let signal): return .signalled(signal)
                }
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            while let next = try await group.next() {
                return next ?? .timedOut
            }
            return .timedOut
        }
    }

    /// The first kilobytes of what the program wrote to standard error.
    private static func head(of path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// One line of at most 400 characters, without control characters and without anything that looks
    /// like a password or token, so it can be kept in the log forever.
    package static func sanitised(_ text: String) -> String {
        var line = text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : String($0) }.joined()
        line = line.replacingOccurrences(
            of: #"(?i)(pass(word)?|passwd|secret|token|auth\w*)(\s*[=:]\s*|\s+)\S+"#, with: "$1$3***",
            options: .regularExpression)
        line = line.replacingOccurrences(of: #"://[^/@\s]*@"#, with: "://***@", options: .regularExpression)
        line = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return line.count > 400 ? String(line.prefix(400)) + " …" : line
    }
}
