import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A connection to a Varlink service on a Unix socket, for the CLI and for tests.
///
/// The connection is scoped (``withConnection(unixSocketPath:maximumFrameSize:eventLoopGroup:_:)``)
/// so it is always closed, and it is used from one task at a time; calls on it run one after the other.
///
/// ```swift
/// let reply = try await VarlinkClient.withConnection(unixSocketPath: "/run/tredjekraft/admin.sock") { client in
///     try await client.call("org.varlink.service.GetInfo")
/// }
/// ```
package final class VarlinkClient {
    /// The socket this client is connected to.
    package let socketPath: String
    private var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    /// A streaming call whose last reply has not been read yet.
    fileprivate var streamOpen = false
    /// Set when the service broke the protocol in a way that leaves replies unaccounted for: every
    /// later call fails with it instead of reading a reply meant for an earlier call.
    private var outOfStep: VarlinkClientError?

    private init(
        socketPath: String, iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    ) {
        self.socketPath = socketPath
        self.iterator = iterator
        self.outbound = outbound
    }

    /// Connects, runs `body` with the client, then closes the connection.
    /// Connection failures throw ``VarlinkClientError``; errors from `body` pass through.
    package static func withConnection<Result>(
        unixSocketPath path: String,
        maximumFrameSize: Int = VarlinkFrameDecoder.defaultMaximumFrameSize,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        _ body: (VarlinkClient) async throws -> sending Result
    ) async throws -> sending Result {
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: eventLoopGroup)
                .connect(unixDomainSocketPath: path) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(VarlinkFrameDecoder(maximumFrameSize: maximumFrameSize)))
                        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch let error as IOError {
            throw VarlinkClientError.connecting(to: path, errno: error.errnoCode)
        } catch {
            throw VarlinkClientError.connectionFailed(path: path, reason: "\(error)")
        }
        return try await run(channel, describedAs: path, body)
    }

    /// Speaks Varlink over two pipes instead of a socket — a child's standard input (`output`, written)
    /// and standard output (`input`, read), as `ssh HOST tredjekraft bridge` or systemd's `ssh-exec:`
    /// offer it — then closes both. The framing is the same as on a socket.
    ///
    /// The descriptors are taken over: they are closed when this returns, also when it throws.
    /// `description` names the other end in errors (``VarlinkClientError/connectionClosed(path:)``).
    package static func withConnection<Result>(
        input: CInt, output: CInt, describedAs description: String,
        maximumFrameSize: Int = VarlinkFrameDecoder.defaultMaximumFrameSize,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        _ body: (VarlinkClient) async throws -> sending Result
    ) async throws -> sending Result {
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await NIOPipeBootstrap(group: eventLoopGroup)
                .takingOwnershipOfDescriptors(input: input, output: output) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(VarlinkFrameDecoder(maximumFrameSize: maximumFrameSize)))
                        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            close(input)
            close(output)
            throw VarlinkClientError.connectionFailed(path: description, reason: "\(error)")
        }
        return try await run(channel, describedAs: description, body)
    }

    private static func run<Result>(
        _ channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>, describedAs description: String,
        _ body: (VarlinkClient) async throws -> sending Result
    ) async throws -> sending Result {
        try await channel.executeThenClose { inbound, outbound in
            let client = VarlinkClient(
                socketPath: description, iterator: inbound.makeAsyncIterator(), outbound: outbound)
            return try await body(client)
        }
    }

    /// Calls `method` and returns the reply's parameters; an error reply throws ``VarlinkClientError/remote(_:)``.
    ///
    /// A reply with `continues` (the service streams, though `more` was not asked for) throws
    /// ``VarlinkClientError/invalidReply(reason:)``, and so does every later call on this connection:
    /// the replies still to come would otherwise be taken as the answers to the next calls.
    package func call(_ method: String, parameters: VarlinkObject = [:]) async throws(VarlinkClientError)
        -> VarlinkObject
    {
        try await finishOpenStream()
        try await send(VarlinkCallMessage(method: method, parameters: parameters))
        let reply = try await readReply()
        if reply.continues == true {
            // More replies follow that no later call must take for its own (sd-varlink disconnects).
            let error = VarlinkClientError.invalidReply(
                reason: "the service streamed replies (\"continues\") to \(method), called without \"more\"")
            outOfStep = error
            throw error
        }
        return reply.parameters ?? [:]
    }

    /// Calls `method` with typed parameters and decodes the reply into `Reply`.
    package func call<Parameters: Encodable, Reply: Decodable>(
        _ method: String, parameters: Parameters, returning: Reply.Type = Reply.self
    ) async throws(VarlinkClientError) -> Reply {
        let object = try Self.object(from: parameters)
        let reply = try await call(method, parameters: object)
        do {
            return try reply.decode(Reply.self)
        } catch {
            throw .invalidReply(reason: "reply of \(method) does not match \(Reply.self): \(error)")
        }
    }

    /// Calls `method` with `oneway`: the service sends no reply, so nothing is awaited but the write.
    package func callOneway(_ method: String, parameters: VarlinkObject = [:]) async throws(VarlinkClientError) {
        try await finishOpenStream()
        try await send(VarlinkCallMessage(method: method, parameters: parameters, oneway: true))
    }

    /// Calls `method` with `more`: returns the replies as they arrive, ending after the one without `continues`.
    /// Start the next call only after iterating to the end (or it first skips the remaining replies).
    package func callMore(_ method: String, parameters: VarlinkObject = [:]) async throws(VarlinkClientError)
        -> Replies
    {
        try await finishOpenStream()
        try await send(VarlinkCallMessage(method: method, parameters: parameters, more: true))
        streamOpen = true
        return Replies(client: self)
    }

    /// The replies of a ``callMore(_:parameters:)`` call, in order.
    package struct Replies: AsyncSequence {
        package typealias Element = VarlinkObject
        package typealias Failure = VarlinkClientError
        let client: VarlinkClient

        package func makeAsyncIterator() -> Iterator { Iterator(client: client) }

        package struct Iterator: AsyncIteratorProtocol {
            package typealias Element = VarlinkObject
            package typealias Failure = VarlinkClientError
            let client: VarlinkClient

            package mutating func next() async throws(VarlinkClientError) -> VarlinkObject? {
                guard client.streamOpen else { return nil }
                do {
                    let reply = try await client.readReply()
                    if reply.continues != true { client.streamOpen = false }
                    return reply.parameters ?? [:]
                } catch {
                    client.streamOpen = false
                    throw error
                }
            }
        }
    }

    // MARK: Internals

    private func finishOpenStream() async throws(VarlinkClientError) {
        while streamOpen {
            do {
                let reply = try await readReply()
                if reply.continues != true { streamOpen = false }
            } catch .remote {
                streamOpen = false
            }
        }
    }

    private func send(_ message: VarlinkCallMessage) async throws(VarlinkClientError) {
        if let outOfStep { throw outOfStep }
        var data: Data
        do {
            data = try VarlinkJSON.encoder().encode(message)
        } catch {
            throw .invalidParameters(reason: "\(error)")
        }
        data.append(0)
        do {
            try await outbound.write(ByteBuffer(bytes: data))
        } catch {
            throw .connectionClosed(path: socketPath)
        }
    }

    /// Reads one reply; an error reply throws ``VarlinkClientError/remote(_:)``.
    fileprivate func readReply() async throws(VarlinkClientError) -> VarlinkReplyMessage {
        let frame: ByteBuffer?
        do {
            frame = try await iterator.next()
        } catch let error as VarlinkFrameTooLargeError {
            throw .invalidReply(reason: error.description)
        } catch {
            throw .connectionClosed(path: socketPath)
        }
        guard let frame else { throw .connectionClosed(path: socketPath) }
        let reply: VarlinkReplyMessage
        do {
            reply = try VarlinkJSON.decoder().decode(VarlinkReplyMessage.self, from: Data(frame.readableBytesView))
        } catch {
            throw .invalidReply(reason: "not a Varlink reply: \(error)")
        }
        if let name = reply.error {
            throw .remote(VarlinkError(name: name, parameters: reply.parameters ?? [:]))
        }
        return reply
    }

    /// `parameters` as the JSON object a call sends.
    package static func object(from parameters: some Encodable) throws(VarlinkClientError) -> VarlinkObject {
        let value: VarlinkValue
        do {
            value = try VarlinkValue(encoding: parameters)
        } catch {
            throw .invalidParameters(reason: "\(error)")
        }
        guard let object = value.objectValue else {
            throw .invalidParameters(reason: "parameters must encode to a JSON object")
        }
        return object
    }
}
