import Foundation
import PostgresTestSupport
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// An existing system user a test runs a client as; root switches to it with `setpriv`, keeping no
/// supplementary groups, so the daemon sees other peer credentials.
struct TestUser: Sendable, CustomStringConvertible {
    var name: String
    var uid: UInt32
    var gid: UInt32
    var description: String { "\(name) (uid \(uid))" }

    /// The users the role tests use.
    static let nobody = TestUser(name: "nobody", uid: 65534, gid: 65534)
    static let daemon = TestUser(name: "daemon", uid: 1, gid: 1)
    static let bin = TestUser(name: "bin", uid: 2, gid: 2)
}

/// What a child process printed and how it ended.
struct ChildOutput: Sendable, CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String

    var description: String { "exit \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
}

/// Runs `executable` (as `user`, when given) with `input` on stdin and waits without blocking a
/// cooperative thread. Output goes through files rather than pipes: nothing to drain while the
/// child runs, whatever it prints.
func runChild(
    _ executable: String, _ arguments: [String], as user: TestUser? = nil, input: Data = Data(),
    environment: [String: String]? = nil
) async throws -> ChildOutput {
    let process = Process()
    if let user {
        guard getuid() == 0 else { throw TestFailure("running as \(user) needs root (setpriv switches users)") }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups", executable] + arguments
    } else {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
    }
    if let environment { process.environment = environment }
    let base = "/tmp/tk-child-" + UUID().uuidString.prefix(8).lowercased()
    let (inPath, outPath, errPath) = (base + ".in", base + ".out", base + ".err")
    defer { for path in [inPath, outPath, errPath] { try? FileManager.default.removeItem(atPath: path) } }
    _ = FileManager.default.createFile(atPath: inPath, contents: input)
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    let status: Int32 = try await withCheckedThrowingContinuation { continuation in
        process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
        do {
            try process.run()
        } catch {
            process.terminationHandler = nil
            continuation.resume(throwing: error)
        }
    }
    return ChildOutput(
        status: status, stdout: try String(contentsOfFile: outPath, encoding: .utf8),
        stderr: try String(contentsOfFile: errPath, encoding: .utf8))
}

/// A datagram socket standing in for systemd's `NOTIFY_SOCKET`.
final class NotifyListener: @unchecked Sendable {
    let path: String
    private let fd: Int32

    init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else { throw TestFailure("cannot bind \(path): errno \(errno)") }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    /// Throws away what is queued. The daemon's watchdog pings fill the socket's small datagram queue
    /// while no one reads, and the daemon's non-blocking sends then fail (EAGAIN) and are lost.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT)) > 0 {}
    }

    /// Messages until one contains `line`, or the deadline; reading happens on a Dispatch thread,
    /// never on the cooperative pool.
    func waitFor(_ line: String, timeout: Duration = .seconds(60)) async -> [String] {
        let fd = self.fd
        let deadline = ContinuousClock.now + timeout
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var messages: [String] = []
                var buffer = [UInt8](repeating: 0, count: 4096)
                while ContinuousClock.now < deadline {
                    let count = recv(fd, &buffer, buffer.count, 0)
                    guard count > 0 else { continue }
                    let message = String(decoding: buffer[0..<count], as: UTF8.self)
                    messages.append(message)
                    if message.split(separator: "\n").contains(where: { $0 == line }) { break }
                }
                continuation.resume(returning: messages)
            }
        }
    }
}

/// `tredjekraftd` as a child process, its stderr in a file.
final class DaemonProcess: @unchecked Sendable {
    let process = Process()
    let logPath: String
    private let exited: AsyncStream<Int32>
    private let exitContinuation: AsyncStream<Int32>.Continuation

    init(arguments: [String], environment: [String: String], logPath: String) throws {
        self.logPath = logPath
        (exited, exitContinuation) = AsyncStream.makeStream(of: Int32.self)
        process.executableURL = URL(fileURLWithPath: try daemonBinary())
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("TREDJEKRAFT_") && $0.key != "NOTIFY_SOCKET"
        }
        env.merge(environment) { $1 }
        process.environment = env
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        DaemonLogIndex.keep(logPath)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.standardError = log
        process.standardOutput = log
        let continuation = exitContinuation
        process.terminationHandler = {
            continuation.yield($0.terminationStatus)
            continuation.finish()
        }
        try process.run()
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// The exit status, or `nil` if it did not exit in time (then it is killed).
    func waitForExit(timeout: Duration = .seconds(30)) async -> Int32? {
        let stream = exited
        let status = await withTaskGroup(of: Int32?.self) { group in
            group.addTask {
                for await status in stream { return status }
                return nil
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        if status == nil { signal(SIGKILL) }
        return status
    }
}

/// Keeps each daemon's log for `ops/test`'s failure report: under `TREDJEKRAFT_TEST_LOG_DIR` (set by
/// `ops/test`), a hard link to the log — it outlives the test's temporary directory — and a line
/// "<test>\t<log>" in `index.tsv`, the test named as Swift Testing names it in a failure line.
enum DaemonLogIndex {
    static func keep(_ logPath: String) {
        guard let directory = ProcessInfo.processInfo.environment["TREDJEKRAFT_TEST_LOG_DIR"], !directory.isEmpty,
            let test = Test.current
        else { return }
        let name = test.displayName.map { "\"\($0)\"" } ?? test.name
        let kept = directory + "/daemon-" + UUID().uuidString.lowercased() + ".log"
        guard link(logPath, kept) == 0 else { return }
        let line = Array("\(name)\t\(kept)\n".utf8)
        // One write(2) per line with O_APPEND: tests running in parallel never interleave their lines.
        let fd = open(directory + "/index.tsv", O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { return }
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }
}
