import Foundation
import PostgresTestSupport
import Synchronization
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
///
/// A thread of its own reads the socket from creation on into a buffer that ``waitFor(_:timeout:)``
/// scans. A datagram socket's queue is short (`net.unix.max_dgram_qlen`, 10 by default), and the
/// daemon's sends are non-blocking: when nobody read while the watchdog pinged, a later `STOPPING=1`
/// was dropped (EAGAIN). Reading all the time, nothing is lost however late a test looks.
final class NotifyListener: Sendable {
    let path: String
    private let reader: Reader

    /// What the thread has read, and how far the test has looked at it.
    private final class Reader: Sendable {
        struct State {
            var messages: [String] = []
            /// Messages before this index were returned by `waitFor` or thrown away by `drain`.
            var cursor = 0
            var stopped = false
        }
        let state = Mutex(State())
    }

    init(path: String) throws {
        self.path = path
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { throw TestFailure("cannot create a datagram socket: errno \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            let error = errno
            close(fd)
            throw TestFailure("cannot bind \(path): errno \(error)")
        }
        // The thread looks at `stopped` at least this often.
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let reader = Reader()
        self.reader = reader
        // A thread of its own: a blocking recv never occupies the cooperative pool or Dispatch's.
        let thread = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !reader.state.withLock({ $0.stopped }) {
                let count = recv(fd, &buffer, buffer.count, 0)
                guard count > 0 else { continue }
                let message = String(decoding: buffer[0..<count], as: UTF8.self)
                reader.state.withLock { $0.messages.append(message) }
            }
            close(fd)
        }
        thread.name = "notify-listener"
        thread.start()
    }

    deinit { reader.state.withLock { $0.stopped = true } }

    /// Forgets what arrived so far: later waits look only at what comes after.
    func drain() {
        reader.state.withLock { $0.cursor = $0.messages.count }
    }

    /// The messages since the last wait (or drain) up to and including the first with a line equal
    /// to `line`; at the deadline (far above any normal run: the caller then fails), all of them.
    func waitFor(_ line: String, timeout: Duration = .seconds(120)) async -> [String] {
        await waitFor(timeout: timeout) { $0.split(separator: "\n").contains { $0 == line } }
    }

    /// The messages since the last wait (or drain) up to and including the first that `matches`; at
    /// the deadline, all of them.
    func waitFor(timeout: Duration = .seconds(120), _ matches: (String) -> Bool) async -> [String] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let expired = ContinuousClock.now >= deadline
            let found: [String]? = reader.state.withLock { state in
                let fresh = state.messages[state.cursor...]
                if let index = fresh.firstIndex(where: matches) {
                    state.cursor = index + 1
                    return Array(state.messages[fresh.startIndex...index])
                }
                guard expired else { return nil }
                state.cursor = state.messages.count
                return Array(fresh)
            }
            if let found { return found }
            if Task.isCancelled { return reader.state.withLock { Array($0.messages[$0.cursor...]) } }
            try? await Task.sleep(for: .milliseconds(20))
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
    func waitForExit(timeout: Duration = .seconds(120)) async -> Int32? {
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
