import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A Varlink service on a Unix socket, run as a swift-service-lifecycle `Service`.
///
/// Each connection is served in its own child task (calls of one connection in order, so pipelined
/// calls are answered in order); a slow, idle or misbehaving client affects only its own connection.
/// Every call carries the caller's peer credentials. On graceful shutdown the server stops accepting,
/// closes idle connections, lets running calls finish and reply, then returns.
///
/// Malformed input is answered, never fatal: a frame that is not UTF-8, not JSON, not an object or
/// has no `method` answers `org.varlink.service.InvalidParameter` with `parameter` naming the part
/// (`message`, `method`, `parameters`, `oneway`, `more`) and a human-readable `reason`, and the
/// connection keeps working. A frame over the size limit is answered the same way and the connection closed.
package final class VarlinkServer: Service, Sendable {
    private enum ListeningState {
        case waiting([CheckedContinuation<Void, any Error>])
        case listening
        case finished(VarlinkServerError)
    }

    package let configuration: Configuration
    // Internal rather than private for the extensions in VarlinkServer+*.swift.
    let interfaces: [String: VarlinkInterface]
    let logger: Logger
    private let eventLoopGroup: any EventLoopGroup
    let threadPool: NIOThreadPool
    let registry = ConnectionRegistry()
    private let listening = Mutex(ListeningState.waiting([]))

    /// Creates a server for `interfaces`; `org.varlink.service` is added automatically.
    package init(
        configuration: Configuration,
        interfaces: [VarlinkInterface],
        logger: Logger,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        threadPool: NIOThreadPool = .singleton
    ) {
        self.configuration = configuration
        var byName: [String: VarlinkInterface] = [:]
        let own = interfaces.filter { $0.name != VarlinkServiceInterface.name }
        for interface in own { byName[interface.name] = interface }
        byName[VarlinkServiceInterface.name] = VarlinkServiceInterface.make(info: configuration.info, interfaces: own)
        self.interfaces = byName
        var logger = logger
        logger[metadataKey: "varlink.socket"] = "\(configuration.socketPath)"
        self.logger = logger
        self.eventLoopGroup = eventLoopGroup
        self.threadPool = threadPool
    }

    /// Waits until the socket is bound and its mode applied, so clients can connect.
    /// Throws if the server failed to start or already stopped.
    package func waitUntilListening() async throws(VarlinkServerError) {
        do {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let resume: Result<Void, VarlinkServerError>? = listening.withLock { state in
                    switch state {
                    case .waiting(var waiters):
                        waiters.append(continuation)
                        state = .waiting(waiters)
                        return nil
                    case .listening: return .success(())
                    case .finished(let error): return .failure(error)
                    }
                }
                if let resume { continuation.resume(with: resume.mapError { $0 as any Error }) }
            }
        } catch {
            throw error as? VarlinkServerError ?? .stopped
        }
    }

    private func setListening(_ result: Result<Void, VarlinkServerError>) {
        let waiters: [CheckedContinuation<Void, any Error>] = listening.withLock { state in
            guard case .waiting(let waiters) = state else {
                if case .failure(let error) = result { state = .finished(error) }
                return []
            }
            switch result {
            case .success: state = .listening
            case .failure(let error): state = .finished(error)
            }
            return waiters
        }
        for waiter in waiters { waiter.resume(with: result.mapError { $0 as any Error }) }
    }

    /// Binds the socket and serves until graceful shutdown (or cancellation).
    package func run() async throws {
        let path = configuration.socketPath
        let maximumFrameSize = configuration.maximumFrameSize
        let idleTimeout = configuration.idleTimeout
        let registry = self.registry

        // NIO replaces an existing socket file; refuse instead if a live server still answers on it,
        // so a second daemon never steals the socket of a running one.
        if await Self.isAnyoneListening(on: path, eventLoopGroup: eventLoopGroup) {
            let failure = VarlinkServerError.cannotListen(
                path: path, reason: "another process is already listening on this socket")
            setListening(.failure(failure))
            throw failure
        }

        let serverChannel: NIOAsyncChannel<NIOAsyncChannel<ByteBuffer, ByteBuffer>, Never>
        do {
            serverChannel = try await ServerBootstrap(group: eventLoopGroup)
                .serverChannelOption(.backlog, value: 256)
                .bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        // Track the connection from the moment it is accepted: one still waiting in the
                        // accept buffer when shutdown begins must be closed too, not leaked.
                        guard registry.add(channel) else {
                            throw VarlinkServerError.stopped
                        }
                        channel.closeFuture.whenComplete { _ in registry.remove(channel) }
                        let pipeline = channel.pipeline.syncOperations
                        if let idleTimeout {
                            try pipeline.addHandler(IdleStateHandler(readTimeout: idleTimeout))
                        }
                        try pipeline.addHandler(
                            ByteToMessageHandler(VarlinkFrameDecoder(maximumFrameSize: maximumFrameSize)))
                        try pipeline.addHandler(ConnectionActivityHandler(registry: registry))
                        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            let failure = VarlinkServerError.cannotListen(path: path, reason: "\(error)")
            setListening(.failure(failure))
            throw failure
        }

        do {
            try await applySocketPermissions()
        } catch {
            try? await serverChannel.channel.close()
            setListening(.failure(error))
            throw error
        }

        logger.info("Varlink server listening", metadata: ["varlink.interfaces": "\(interfaces.keys.sorted())"])
        setListening(.success(()))
        defer {
            unlink(path)
            setListening(.failure(.stopped))
        }

        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                try await serverChannel.executeThenClose { inbound in
                    for try await connection in inbound {
                        group.addTask { await self.serve(connection) }
                    }
                }
            }
        } onGracefulShutdown: {
            self.logger.info("Varlink server shutting down: no new connections, finishing running calls")
            serverChannel.channel.close(promise: nil)
            registry.shutDown()
        }
        logger.info("Varlink server stopped")
    }

    private static func isAnyoneListening(on path: String, eventLoopGroup: any EventLoopGroup) async -> Bool {
        do {
            let channel = try await ClientBootstrap(group: eventLoopGroup)
                .connect(unixDomainSocketPath: path).get()
            try? await channel.close()
            return true
        } catch {
            return false
        }
    }
}
