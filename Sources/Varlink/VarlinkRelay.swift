import NIOCore
import NIOPosix

/// Relays a pair of pipes — a process's standard input and output — to a Varlink service's Unix
/// socket, byte for byte in both directions, until either side closes: what `tredjekraft bridge`
/// does for `ssh HOST tredjekraft bridge` and for systemd's `varlinkctl call ssh-exec:…`.
///
/// Nothing is parsed: the bytes go through in the chunks the kernel hands over (up to 64 KiB at a
/// time), so the protocol is exactly what the two ends speak, and the service sees the relaying
/// process's peer credentials — the logged-in user's. Each chunk is written and flushed before the
/// next is read from the same side, which is the back-pressure: a slow reader slows the writer down
/// instead of filling memory.
///
/// When either side closes — end of input, the service hanging up, a write to a side that went
/// away — both are closed at once: a connection never outlives the pipe that opened it.
package enum VarlinkRelay {
    /// Which side ended the relay.
    package enum End: Sendable, Equatable {
        /// The pipe's input ended (the caller hung up or finished).
        case inputClosed
        /// The service closed the socket (it stopped, or refused the caller).
        case serviceClosed
    }

    /// Connects to `socketPath`, then relays `input` → socket and socket → `output` until either side
    /// closes. Connection failures throw ``VarlinkClientError`` (as a client's would) before anything
    /// is relayed; the descriptors are taken over and closed when this returns.
    package static func run(
        socketPath: String, input: CInt, output: CInt,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> End {
        let socket: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            socket = try await ClientBootstrap(group: eventLoopGroup)
                .connect(unixDomainSocketPath: socketPath) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch let error as IOError {
            throw VarlinkClientError.connecting(to: socketPath, errno: error.errnoCode)
        } catch {
            throw VarlinkClientError.connectionFailed(path: socketPath, reason: "\(error)")
        }
        let pipes: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            pipes = try await NIOPipeBootstrap(group: eventLoopGroup)
                .takingOwnershipOfDescriptors(input: input, output: output) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            try? await socket.channel.close()
            throw VarlinkRelayError.unsupportedStandardStreams(reason: "\(error)")
        }
        return try await relay(pipes, socket)
    }

    private static func relay(
        _ pipes: NIOAsyncChannel<ByteBuffer, ByteBuffer>, _ socket: NIOAsyncChannel<ByteBuffer, ByteBuffer>
    ) async throws -> End {
        try await pipes.executeThenClose { pipeInbound, _ in
            try await socket.executeThenClose { socketInbound, _ in
                await withTaskGroup(of: End.self, returning: End.self) { group in
                    group.addTask { await copy(pipeInbound, to: socket.channel, ending: .inputClosed) }
                    group.addTask { await copy(socketInbound, to: pipes.channel, ending: .serviceClosed) }
                    let first = await group.next() ?? .inputClosed
                    // Whichever side ended first, the other is closed now, which ends its copy too.
                    pipes.channel.close(promise: nil)
                    socket.channel.close(promise: nil)
                    group.cancelAll()
                    await group.waitForAll()
                    return first
                }
            }
        }
    }

    /// Copies until `inbound` ends or a write fails (its side went away); each chunk is flushed and
    /// awaited before the next, so everything read is written before the relay closes anything.
    private static func copy(
        _ inbound: NIOAsyncChannelInboundStream<ByteBuffer>, to channel: any Channel, ending: End
    ) async -> End {
        do {
            for try await chunk in inbound {
                try await channel.writeAndFlush(chunk).get()
            }
        } catch {
            // A read or write error is a side going away: it ends the relay like a close does.
        }
        return ending
    }
}
