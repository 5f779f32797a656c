import Foundation
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// `tredjekraft bridge` run directly, without ssh, its standard input and output one end of a socket
/// pair (as Python's Varlink client and sshd hand them over), the test holding the other end as a
/// ``RawSocketClient``.
final class BridgeProcess: @unchecked Sendable {
    let process = Process()
    let client: RawSocketClient
    let errorPath: String
    private let exited: AsyncStream<Int32>

    init(socket: String, environment: [String: String] = [:], errorPath: String) throws {
        var fds: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 else {
            throw TestFailure("socketpair: errno \(errno)")
        }
        self.errorPath = errorPath
        process.executableURL = URL(fileURLWithPath: try builtBinary("tredjekraft"))
        process.arguments = ["bridge", "--socket", socket]
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TREDJEKRAFT_") }
        env.merge(environment) { $1 }
        process.environment = env
        let childEnd = FileHandle(fileDescriptor: fds[1], closeOnDealloc: false)
        process.standardInput = childEnd
        process.standardOutput = childEnd
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        let (exited, continuation) = AsyncStream.makeStream(of: Int32.self)
        self.exited = exited
        process.terminationHandler = {
            continuation.yield($0.terminationStatus)
            continuation.finish()
        }
        client = RawSocketClient.adopting(fds[0], describedAs: "tredjekraft bridge")
        do {
            try process.run()
        } catch {
            close(fds[1])
            throw error
        }
        // Only the child holds its end now: when it exits, the test's end reads end of input.
        close(fds[1])
    }

    /// What the bridge wrote on standard error.
    var errors: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }

    /// Its exit status, once it has exited (nil: killed at the deadline, which fails the test).
    func exitStatus(timeout: Duration = .seconds(60)) async -> Int32? {
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            kill(process.processIdentifier, SIGKILL)
        }
        defer { watchdog.cancel() }
        for await status in exited {
            return status == SIGKILL && process.terminationReason == .uncaughtSignal ? nil : status
        }
        return nil
    }
}
