import Foundation
import Synchronization

/// `tredjekraftd` as a child of the bench: the real daemon, built in release mode by `ops/bench`, on the
/// bench's database in a schema of its own, with its admin socket in a temporary directory.
///
/// The bench links none of the daemon's modules; it only writes a configuration file, starts the binary
/// and talks to its socket, as an operator's CLI would.
final class BenchDaemon {
    let socket: AdminSocket
    private let process = Process()
    private let directory: String
    /// Ctrl-C and SIGTERM for the bench, passed on to the daemon while it runs (see ``forwardSignals()``).
    private var signalSources: [any DispatchSourceSignal] = []
    private var logPath: String { directory + "/daemon.log" }

    /// Starts the daemon, runs `body` once its socket answers `Status` with the database reachable, and
    /// stops it with SIGTERM afterwards, also when `body` throws.
    static func with<Result>(
        binary: String, url: String, schema: String, progress: @Sendable (String) -> Void,
        _ body: (BenchDaemon) async throws -> Result
    ) async throws -> Result {
        let daemon = try BenchDaemon(binary: binary, url: url, schema: schema)
        let result: Result
        do {
            try await daemon.waitUntilReady()
            progress("commands: tredjekraftd \(daemon.process.processIdentifier) is ready at \(daemon.socket.path)")
            result = try await body(daemon)
        } catch {
            await daemon.stop(progress: progress)
            throw error
        }
        await daemon.stop(progress: progress)
        return result
    }

    private init(binary: String, url: String, schema: String) throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchDaemonError("the daemon binary '\(binary)' is not an executable file")
        }
        guard let user = getpwuid(geteuid()).map({ String(cString: $0.pointee.pw_name) }) else {
            throw BenchDaemonError("no user name for uid \(geteuid()); the daemon's roles need one")
        }
        directory = FileManager.default.temporaryDirectory.path + "/tk-bench-daemon-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        socket = AdminSocket(path: directory + "/admin.sock")
        let configuration = directory + "/tredjekraft.yaml"
        // The bench's own user is admin (LoadDemo-level rights include every command); no mail, and the
        // scheduler's start-up run finds nothing due in a new schema.
        try """
        database:
          url: "\(url)"
          schema: \(schema)
          pool_size: 8
        state_directory: \(directory)/state
        admin:
          socket_path: \(socket.path)
          socket_mode: "0600"
        roles:
          admin: [\(user)]
        mail:
          enabled: false
        log:
          level: notice

        """.write(toFile: configuration, atomically: true, encoding: .utf8)

        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--config", configuration]
        // Variables would override the file; no systemd to notify.
        process.environment = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("TREDJEKRAFT_") && $0.key != "NOTIFY_SOCKET"
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        try process.run()
        try? log.close()
        forwardSignals()
    }

    /// Foundation's `Process` starts the daemon in a process group of its own, so Ctrl-C in the terminal
    /// (or ops/bench's cluster going away) would leave it running. While it runs, SIGINT, SIGTERM and
    /// SIGHUP stop the daemon with SIGTERM and then end the bench as the signal would have.
    private func forwardSignals() {
        let pid = process.processIdentifier
        let directory = self.directory
        signalSources = [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Self.interruption.store(number, ordering: .relaxed)
                kill(pid, SIGTERM)
                for _ in 0..<600 where Self.isAlive(pid) { usleep(100_000) }
                try? FileManager.default.removeItem(atPath: directory)
                exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    /// The signal that interrupted the bench, 0 if none: a call that fails because the daemon is
    /// stopping then ends the bench as that signal would, not with the call's error.
    private static let interruption = Atomic<Int32>(0)

    /// Whether `pid` still runs: it exists and is not a zombie waiting to be reaped.
    private static func isAlive(_ pid: Int32) -> Bool {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return false }
        return text[text.index(after: close)...].split(separator: " ").first != "Z"
    }

    /// Polls `Status` until the daemon has its database; throws with its log when it exits or takes too long.
    private func waitUntilReady(timeout: Duration = .seconds(180)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard process.isRunning else {
                throw BenchDaemonError(
                    "tredjekraftd exited with status \(process.terminationStatus) before it was ready:\n\(logTail())")
            }
            if await socket.isReady() { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw BenchDaemonError("tredjekraftd was not ready within \(timeout):\n\(logTail())")
    }

    /// Seconds of CPU (user and system) the daemon has used so far, from `/proc`; 0 when unreadable.
    func cpuSeconds() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return 0 }
        // After "pid (comm)": utime and stime are fields 14 and 15 (1-based).
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return 0 }
        return (Double(user) + Double(system)) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// SIGTERM, as systemd stops it; SIGKILL if it has not exited within a minute. Removes the directory.
    private func stop(progress: @Sendable (String) -> Void) async {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            let deadline = ContinuousClock.now + .seconds(60)
            while process.isRunning, ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(20))
            }
            if process.isRunning {
                progress("commands: tredjekraftd did not stop within 60 s of SIGTERM; killing it")
                kill(process.processIdentifier, SIGKILL)
            }
        }
        process.waitUntilExit()
        for source in signalSources { source.cancel() }
        for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
        let received = Self.interruption.load(ordering: .relaxed)
        if received != 0 {
            progress("commands: interrupted by signal \(received); tredjekraftd has stopped")
            try? FileManager.default.removeItem(atPath: directory)
            exit(128 + received)
        }
        if process.terminationReason != .exit || process.terminationStatus != 0 {
            progress("commands: tredjekraftd ended with status \(process.terminationStatus):\n\(logTail())")
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The last lines the daemon logged, for an error message.
    private func logTail(lines: Int = 30) -> String {
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }
}
