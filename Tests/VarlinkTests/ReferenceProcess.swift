import Foundation
import Glibc
import Synchronization

/// A program of the Python reference implementation running beside a test: the reference client
/// (run to its end) or the reference server (run until the test ends it).
///
/// Nothing here blocks a cooperative thread: stdout comes through a pipe whose reads Foundation
/// makes on its own queue (the server's readiness is a line there), stderr goes to a file read
/// afterwards, and the exit is a termination handler. Every wait is bounded and fails naming what
/// did not happen and what the program printed, so a hang in either implementation ends the test.
final class ReferenceProcess: Sendable {
    private struct State {
        var stdout = Data()
        /// The pipe reached its end: the program has printed all it will.
        var stdoutClosed = false
        /// Woken by new output and by the end of output.
        var outputWaiters: [CheckedContinuation<Void, Never>] = []
        var status: Int32?
        /// Woken once the program has exited and its output is all read (the two arrive in either
        /// order, on different queues).
        var exitWaiters: [CheckedContinuation<Int32, Never>] = []

        /// The exit status, once the program has exited and all its output is read.
        var finalStatus: Int32? { stdoutClosed ? status : nil }

        /// Takes the exit waiters if the program is finished.
        mutating func takeExitWaiters() -> (Int32, [CheckedContinuation<Int32, Never>])? {
            guard let finalStatus else { return nil }
            defer { exitWaiters = [] }
            return (finalStatus, exitWaiters)
        }
    }

    /// What the pipe's and the termination's handlers update; kept apart from `self` so the process
    /// holding those handlers does not keep this object alive.
    private final class Shared: Sendable {
        let state = Mutex(State())
    }

    let name: String
    private let process: Process
    private let directory: String
    private let shared = Shared()

    /// The variable `ops/test` sets to the venv's interpreter.
    static let pythonVariable = "TREDJEKRAFT_TEST_VARLINK_PYTHON"

    /// The Python interpreter with the `varlink` package; its absence fails the test (never a skip).
    static func python() throws(ReferenceProcessError) -> String {
        guard let python = ProcessInfo.processInfo.environment[pythonVariable], !python.isEmpty else {
            throw .noInterpreter(variable: pythonVariable)
        }
        return python
    }

    /// Starts `python -u ARGUMENTS` (unbuffered, so a line is seen when it is printed).
    static func startPython(_ name: String, _ arguments: [String]) throws -> ReferenceProcess {
        try ReferenceProcess(name: name, executable: try python(), arguments: ["-u"] + arguments)
    }

    private init(name: String, executable: String, arguments: [String]) throws {
        self.name = name
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        directory = makeTemporaryDirectory()
        let stderrPath = directory + "/stderr"
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        let pipe = Pipe()
        process.standardOutput = pipe
        let shared = self.shared
        // A thread of its own reads stdout with blocking reads until EOF. Not a `readabilityHandler`:
        // its dispatch read source, torn down while other tests start and stop processes, crashed the
        // whole test process in libdispatch's `_dispatch_event_loop_drain` (a dangling epoll
        // registration; swift-corelibs-foundation#5507).
        let reader = pipe.fileHandleForReading
        Thread.detachNewThread {
            while true {
                // What is there now, as soon as there is some; empty at EOF (or on a read error).
                var buffer = [UInt8](repeating: 0, count: 65_536)
                var count = -1
                while count < 0 {
                    count = buffer.withUnsafeMutableBytes {
                        Glibc.read(reader.fileDescriptor, $0.baseAddress, $0.count)
                    }
                    if count < 0 && errno != EINTR { count = 0 }
                }
                let data = Data(buffer[0..<count])
                let (output, exit) = shared.state.withLock { state in
                    state.stdout.append(data)
                    if data.isEmpty { state.stdoutClosed = true }
                    defer { state.outputWaiters = [] }
                    return (state.outputWaiters, state.takeExitWaiters())
                }
                for waiter in output { waiter.resume() }
                if let (status, waiters) = exit { for waiter in waiters { waiter.resume(returning: status) } }
                if data.isEmpty { return }
            }
        }
        process.terminationHandler = { process in
            let status = process.terminationStatus
            let exit = shared.state.withLock { state in
                state.status = status
                return state.takeExitWaiters()
            }
            if let (status, waiters) = exit { for waiter in waiters { waiter.resume(returning: status) } }
        }
        do {
            try process.run()
        } catch {
            throw ReferenceProcessError.cannotStart(name: name, reason: "\(error)")
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    var stdout: String { String(decoding: shared.state.withLock { $0.stdout }, as: UTF8.self) }
    var stderr: String { (try? String(contentsOfFile: directory + "/stderr", encoding: .utf8)) ?? "" }

    /// Waits until stdout contains `text`; fails if the output ends first or `limit` passes.
    func waitForOutput(containing text: String, within limit: Duration) async throws(ReferenceProcessError) {
        let found = await bounded(limit) { () async -> Bool in
            while true {
                let (seen, closed) = self.shared.state.withLock { ($0.stdout, $0.stdoutClosed) }
                if String(decoding: seen, as: UTF8.self).contains(text) { return true }
                if closed || Task.isCancelled { return false }
                await withCheckedContinuation { continuation in
                    let changed = self.shared.state.withLock { state in
                        guard state.stdout.count == seen.count, !state.stdoutClosed else { return true }
                        state.outputWaiters.append(continuation)
                        return false
                    }
                    if changed { continuation.resume() }
                }
            }
        }
        guard case .success(true)? = found else {
            throw .noOutput(name: name, expected: text, limit: limit, stdout: stdout, stderr: stderr)
        }
    }

    /// Waits for the program to exit by itself and its output to be read; returns its status.
    func waitForExit(within limit: Duration) async throws(ReferenceProcessError) -> Int32 {
        guard case .success(let status)? = await bounded(limit, { await self.exitStatus() }) else {
            throw .didNotFinish(name: name, what: "exit", limit: limit, stdout: stdout, stderr: stderr)
        }
        return status
    }

    /// Runs `body` (which talks to the program) to its end; if `limit` passes first, the program is
    /// killed — which closes `body`'s connection and so ends it — and the wait fails.
    func talk<T: Sendable>(within limit: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        guard let result = await bounded(limit, body) else {
            throw ReferenceProcessError.didNotFinish(
                name: name, what: "conversation", limit: limit, stdout: stdout, stderr: stderr)
        }
        return try result.get()
    }

    /// Ends the program if it still runs. With SIGKILL: a child spawned from a Dispatch or
    /// cooperative thread inherits its signal mask, which blocks SIGTERM and SIGINT, so the
    /// reference server would ignore `terminate()` and the test would wait for it forever.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Kills the program and waits until it has exited.
    func stopAndWait() async {
        stop()
        _ = await exitStatus()
    }

    private func exitStatus() async -> Int32 {
        await withCheckedContinuation { continuation in
            let status = shared.state.withLock { state in
                if state.finalStatus == nil { state.exitWaiters.append(continuation) }
                return state.finalStatus
            }
            if let status { continuation.resume(returning: status) }
        }
    }

    /// `body`'s outcome, or nil when `limit` passes first; then the program is killed, which ends
    /// its output, its exit and its connections, so `body` ends too.
    private func bounded<T: Sendable>(
        _ limit: Duration, _ body: @escaping @Sendable () async throws -> T
    ) async -> Result<T, any Error>? {
        await withTaskGroup(of: Result<T, any Error>?.self) { group in
            group.addTask {
                do { return .success(try await body()) } catch { return .failure(error) }
            }
            group.addTask {
                try? await Task.sleep(for: limit)
                return nil
            }
            let first = await group.next() ?? nil
            if first == nil { stop() }
            group.cancelAll()
            return first
        }
    }
}

/// Why a reference program could not do its part.
enum ReferenceProcessError: Error, CustomStringConvertible {
    case noInterpreter(variable: String)
    case cannotStart(name: String, reason: String)
    case noOutput(name: String, expected: String, limit: Duration, stdout: String, stderr: String)
    case didNotFinish(name: String, what: String, limit: Duration, stdout: String, stderr: String)

    var description: String {
        switch self {
        case .noInterpreter(let variable):
            let ci = ProcessInfo.processInfo.environment["CI"] == "true" ? " (CI=true)" : ""
            return """
                \(variable) is not set\(ci): the Python Varlink reference implementation cannot run. Run \
                ops/test, or: python3 -m venv /tmp/vl && /tmp/vl/bin/pip install varlink && \
                export \(variable)=/tmp/vl/bin/python
                """
        case .cannotStart(let name, let reason): return "cannot start the \(name): \(reason)"
        case .noOutput(let name, let expected, let limit, let stdout, let stderr):
            return """
                the \(name) did not print "\(expected)" within \(limit) (or exited first).
                stdout: \(stdout)
                stderr: \(stderr)
                """
        case .didNotFinish(let name, let what, let limit, let stdout, let stderr):
            return """
                the \(name)'s \(what) did not finish within \(limit); it was terminated.
                stdout: \(stdout)
                stderr: \(stderr)
                """
        }
    }
}
