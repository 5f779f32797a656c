import Foundation
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization
import Testing

@testable import Varlink

/// The demo interface `org.example.ping` with its handlers.
enum PingInterface {
    static let definition: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("org.example.ping.varlink")
        return try! String(contentsOf: url, encoding: .utf8)
    }()

    struct PingParameters: Codable, Sendable { var text: String? }
    struct Pong: Codable, Sendable { var pong: String }
    struct CountParameters: Codable, Sendable { var to: Int }
    struct CountValue: Codable, Sendable { var value: Int }
    struct DoubleParameters: Codable, Sendable {
        var number: Int
        var verbose: Bool?
    }
    struct DoubleResult: Codable, Sendable { var result: Int }
    struct WhoAmI: Codable, Sendable {
        var uid: UInt32
        var gid: UInt32
        var pid: Int32
        var user: String?
        var groups: [String]
    }
    struct SlowParameters: Codable, Sendable {
        var milliseconds: Int
        var tag: String?
    }
    /// Tags of Slow calls whose handler has started, so a test knows a call is in flight.
    static let startedSlowCalls = Mutex<Set<String>>([])
    struct Slept: Codable, Sendable { var slept: Int }

    static func make() throws -> VarlinkInterface {
        var interface = try VarlinkInterface(definition: definition)
        interface.addMethod("Ping", parameters: PingParameters.self) { parameters, _ in
            Pong(pong: parameters.text ?? "pong")
        }
        interface.addStreamingMethod("Count", parameters: CountParameters.self) { parameters, _, replies in
            guard parameters.to >= 1 else { throw VarlinkError.invalidParameter("to") }
            for value in 1..<parameters.to {
                try await replies.send(CountValue(value: value))
            }
            return CountValue(value: parameters.to)
        }
        interface.addMethod("Double", parameters: DoubleParameters.self) { parameters, _ in
            DoubleResult(result: parameters.number * 2)
        }
        interface.addMethod("WhoAmI") { call in
            WhoAmI(
                uid: call.peer.uid, gid: call.peer.gid, pid: call.peer.pid, user: call.peer.userName,
                groups: call.peer.groupNames)
        }
        interface.addMethod("Slow", parameters: SlowParameters.self) { parameters, _ in
            if let tag = parameters.tag { _ = startedSlowCalls.withLock { $0.insert(tag) } }
            try await Task.sleep(for: .milliseconds(parameters.milliseconds))
            return Slept(slept: parameters.milliseconds)
        }
        interface.addMethod("Fail") { _ -> VarlinkEmpty in
            throw VarlinkError(name: "org.example.ping.Failure", parameters: ["reason": "asked to fail"])
        }
        return interface
    }
}

/// A fresh temporary directory (short path: Unix socket paths are limited to 107 bytes).
func makeTemporaryDirectory() -> String {
    var template = Array("/tmp/varlink-test-XXXXXX".utf8CString)
    let result = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(result != nil, "mkdtemp failed")
    return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

func testLogger() -> Logger {
    var logger = Logger(label: "varlink-test")
    logger.logLevel = .critical
    return logger
}

/// Runs a server with `interfaces` (the demo interface when nil) on a socket in a fresh temporary
/// directory, runs `body`, then shuts the server down gracefully and checks it stopped cleanly.
@discardableResult
func withTestServer<Result: Sendable>(
    socketMode: mode_t = 0o660,
    socketGroup: String? = nil,
    maximumFrameSize: Int = VarlinkFrameDecoder.defaultMaximumFrameSize,
    idleTimeout: TimeAmount? = nil,
    interfaces: [VarlinkInterface]? = nil,
    _ body: @Sendable (_ socketPath: String, _ server: VarlinkServer, _ group: ServiceGroup) async throws -> Result
) async throws -> Result {
    let directory = makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/test.sock"
    let server = VarlinkServer(
        configuration: .init(
            socketPath: path, socketMode: socketMode, socketGroup: socketGroup, maximumFrameSize: maximumFrameSize,
            idleTimeout: idleTimeout,
            info: .init(vendor: "Tredje kraften", product: "varlink-tests", version: "1.0", url: "https://example.org")),
        interfaces: try interfaces ?? [PingInterface.make()],
        logger: testLogger())
    let group = ServiceGroup(
        configuration: .init(services: [.init(service: server)], gracefulShutdownSignals: [], logger: testLogger()))
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        try await server.waitUntilListening()
        let result: Result
        do {
            result = try await body(path, server, group)
        } catch {
            await group.triggerGracefulShutdown()
            try? await tasks.waitForAll()
            throw error
        }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
        return result
    }
}

/// A raw connection for sending arbitrary bytes (malformed frames) and reading reply frames.
struct RawConnection {
    var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    mutating func send(_ bytes: [UInt8]) async throws {
        try await outbound.write(ByteBuffer(bytes: bytes))
    }

    mutating func send(_ text: String, terminate: Bool = true) async throws {
        var bytes = Array(text.utf8)
        if terminate { bytes.append(0) }
        try await send(bytes)
    }

    /// The next reply, or nil at end of stream.
    mutating func reply() async throws -> VarlinkReplyMessage? {
        guard let frame = try await iterator.next() else { return nil }
        return try JSONDecoder().decode(VarlinkReplyMessage.self, from: Data(frame.readableBytesView))
    }

    /// True when the server closed the connection (no more frames).
    mutating func isClosedByServer() async -> Bool {
        do {
            return try await iterator.next() == nil
        } catch {
            return true
        }
    }

    func finishWriting() {
        outbound.finish()
    }

    /// The client side's pipeline: reply frames in, bytes out.
    static func wrap(_ channel: any Channel, halfClosure: Bool) throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        try channel.pipeline.syncOperations.addHandler(
            ByteToMessageHandler(VarlinkFrameDecoder(maximumFrameSize: 16 << 20)))
        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(
            wrappingChannelSynchronously: channel, configuration: .init(isOutboundHalfClosureEnabled: halfClosure))
    }
}

struct TestSupportError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func withRawConnection<Result>(
    _ path: String, halfClosure: Bool = false, _ body: (inout RawConnection) async throws -> Result
) async throws -> Result {
    let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .channelOption(.allowRemoteHalfClosure, value: halfClosure)
        .connect(unixDomainSocketPath: path) { channel in
            channel.eventLoop.makeCompletedFuture { try RawConnection.wrap(channel, halfClosure: halfClosure) }
        }
    return try await withRawConnection(channel, body)
}

/// A raw connection whose first bytes, `firstFrame` and its NUL, are in the socket before the server
/// accepts it: connected and written by plain blocking calls, with no suspension between them, then
/// handed to NIO. For tests of the server's idle timeout: the call has arrived before the server's
/// timer starts, however busy the machine is.
func withRawConnection<Result>(
    _ path: String, sendingFirst firstFrame: String, _ body: (inout RawConnection) async throws -> Result
) async throws -> Result {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw TestSupportError("socket: errno \(errno)") }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8) + [0]) }
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
        }
    }
    let frame = Array(firstFrame.utf8) + [0]
    guard connected == 0, write(fd, frame, frame.count) == frame.count else {
        let error = errno
        close(fd)
        throw TestSupportError("connecting to \(path) and sending the first frame: errno \(error)")
    }
    let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .withConnectedSocket(fd) { channel in
            channel.eventLoop.makeCompletedFuture { try RawConnection.wrap(channel, halfClosure: false) }
        }
    return try await withRawConnection(channel, body)
}

private func withRawConnection<Result>(
    _ channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>, _ body: (inout RawConnection) async throws -> Result
) async throws -> Result {
    try await channel.executeThenClose { inbound, outbound in
        var connection = RawConnection(iterator: inbound.makeAsyncIterator(), outbound: outbound)
        return try await body(&connection)
    }
}

extension VarlinkReplyMessage {
    var errorParameter: String? { parameters?["parameter"]?.stringValue }
}
