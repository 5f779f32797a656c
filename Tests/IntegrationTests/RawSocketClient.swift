import Foundation
import TestSupport
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// A Unix-socket client that sends exactly the bytes a test gives it — malformed frames, frames
/// without their NUL, half a message — and reads whatever frames come back.
///
/// Socket calls block, so each runs on this client's own serial Dispatch queue, never on Swift's
/// cooperative pool (two cores: a blocked pool thread would stall the tests themselves). Every read
/// waits with `poll` against a deadline, so a daemon that never answers fails the test instead of
/// hanging it.
final class RawSocketClient: @unchecked Sendable {
    enum Failure: Error, CustomStringConvertible {
        case cannotConnect(path: String, errno: Int32)
        case sendFailed(errno: Int32)
        case timedOut(String)
        case notAReply(String)

        var description: String {
            switch self {
            case .cannotConnect(let path, let code): "cannot connect to \(path): \(String(cString: strerror(code)))"
            case .sendFailed(let code): "send failed: \(String(cString: strerror(code)))"
            case .timedOut(let what): "timed out waiting for \(what)"
            case .notAReply(let text): "not a Varlink reply: \(text)"
            }
        }
    }

    let path: String
    private let fd: Int32
    /// Serial: one socket operation at a time; it alone touches `pending` and `isClosed`.
    private let queue: DispatchQueue
    /// Bytes received after the last complete frame.
    private var pending: [UInt8] = []
    private var isClosed = false

    private init(path: String, fd: Int32, queue: DispatchQueue) {
        self.path = path
        self.fd = fd
        self.queue = queue
    }

    deinit {
        let fd = self.fd
        let closed = isClosed
        queue.async { if !closed { Glibc.close(fd) } }
    }

    /// Connects to the socket at `path` (blocking connect, on a Dispatch thread).
    static func connect(to path: String) async throws -> RawSocketClient {
        let queue = DispatchQueue(label: "raw-socket-client")
        let fd: Int32 = try await withCheckedThrowingContinuation { continuation in
            queue.async {
                let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
                guard fd >= 0 else {
                    continuation.resume(throwing: Failure.cannotConnect(path: path, errno: errno))
                    return
                }
                var address = sockaddr_un()
                address.sun_family = sa_family_t(AF_UNIX)
                withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
                let result = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                    }
                }
                if result != 0 {
                    let code = errno
                    Glibc.close(fd)
                    continuation.resume(throwing: Failure.cannotConnect(path: path, errno: code))
                } else {
                    continuation.resume(returning: fd)
                }
            }
        }
        return RawSocketClient(path: path, fd: fd, queue: queue)
    }

    /// Takes over `fd`, one end of a connected socket pair (the other end a child's standard input and
    /// output, as `tredjekraft bridge` gets them from sshd); `description` names it in failures.
    static func adopting(_ fd: Int32, describedAs description: String) -> RawSocketClient {
        RawSocketClient(path: description, fd: fd, queue: DispatchQueue(label: "raw-socket-client"))
    }

    private func onQueue<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }

    // MARK: Sending

    /// Sends `bytes` as they are.
    func send(_ bytes: [UInt8]) async throws {
        try await onQueue { [self] in
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes {
                    Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure.sendFailed(errno: errno)
                }
                offset += written
            }
        }
    }

    /// Sends `text` in UTF-8, followed by the NUL that ends a frame unless `terminate` is false.
    func send(_ text: String, terminate: Bool = true) async throws {
        try await send(Array(text.utf8) + (terminate ? [0] : []))
    }

    private struct Call: Encodable {
        var method: String
        var parameters: VarlinkObject
        var more: Bool?
    }

    /// Sends one well-formed call.
    func call(_ method: String, _ parameters: VarlinkObject = [:], more: Bool = false) async throws {
        let data = try JSONEncoder().encode(Call(method: method, parameters: parameters, more: more ? true : nil))
        try await send(Array(data) + [0])
    }

    /// Sends one call and waits for its (first) reply; throws if the connection closes instead.
    func roundTrip(
        _ method: String, _ parameters: VarlinkObject = [:], timeout: Duration = .seconds(60)
    ) async throws -> VarlinkReplyMessage {
        try await call(method, parameters)
        guard let reply = try await reply(timeout: timeout) else {
            throw Failure.notAReply("the daemon closed the connection instead of answering \(method)")
        }
        return reply
    }

    /// Ends the sending side (`shutdown(SHUT_WR)`): the daemon reads end of input, we can still read.
    func finishSending() async throws {
        try await onQueue { [self] in _ = shutdown(fd, Int32(SHUT_WR)) }
    }

    /// Hangs up: closes the socket without reading what may still come.
    func hangUp() async {
        _ = try? await onQueue { [self] in
            if !isClosed {
                isClosed = true
                Glibc.close(fd)
            }
        }
    }

    // MARK: Receiving

    private enum Read {
        case frame([UInt8])
        case endOfInput
    }

    /// The next frame, or end of input; throws when the deadline passes first. Runs on the queue.
    private func readFrame(deadline: ContinuousClock.Instant) throws -> Read {
        while true {
            if let nul = pending.firstIndex(of: 0) {
                let frame = Array(pending[..<nul])
                pending.removeSubrange(...nul)
                return .frame(frame)
            }
            if isClosed { return .endOfInput }
            let remaining = deadline - .now
            guard remaining > .zero else { throw Failure.timedOut("a frame from \(path)") }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(min(max((remaining / .milliseconds(1)).rounded(.up), 1), 1000))
            let ready = poll(&descriptor, 1, milliseconds)
            if ready < 0 && errno != EINTR { return .endOfInput }
            guard ready > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 {
                pending += buffer[0..<count]
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                // End of input, or the daemon reset the connection: either way it is closed.
                return .endOfInput
            }
        }
    }

    /// The next reply, `nil` when the daemon closed the connection; throws when none comes in time.
    func reply(timeout: Duration = .seconds(60)) async throws -> VarlinkReplyMessage? {
        let deadline = ContinuousClock.now + timeout
        let read = try await onQueue { [self] in try readFrame(deadline: deadline) }
        guard case .frame(let bytes) = read else { return nil }
        do {
            return try JSONDecoder().decode(VarlinkReplyMessage.self, from: Data(bytes))
        } catch {
            throw Failure.notAReply(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Whether the daemon closes the connection within `timeout` (frames still coming are read and
    /// dropped on the way); false when it is still open at the deadline.
    func closesWithin(_ timeout: Duration = .seconds(30)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        do {
            return try await onQueue { [self] in
                while case .frame = try readFrame(deadline: deadline) {}
                return true
            }
        } catch {
            return false
        }
    }

    /// Whether nothing arrives and the connection stays open for `interval`: for a connection that
    /// must neither be answered nor closed yet. (Waiting here is the point, not a timing assertion.)
    func staysSilent(for interval: Duration) async -> Bool {
        let deadline = ContinuousClock.now + interval
        do {
            _ = try await onQueue { [self] in try readFrame(deadline: deadline) }
            return false
        } catch {
            return true
        }
    }
}
