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
    /// What `org.varlink.service.GetInfo` reports.
    package struct ServiceInfo: Sendable, Hashable {
        package var vendor: String
        package var product: String
        package var version: String
        package var url: String

        package init(vendor: String, product: String, version: String, url: String) {
            self.vendor = vendor
            self.product = product
            self.version = version
            self.url = url
        }
    }

    /// Where and how to listen.
    package struct Configuration: Sendable {
        /// The socket path; an existing socket file there is replaced.
        package var socketPath: String
        /// File mode applied to the socket after bind: it decides who may connect.
        package var socketMode: mode_t
        /// Group given to the socket file after bind (by name), e.g. the coordinators' group.
        package var socketGroup: String?
        /// The largest accepted message in bytes; larger ones are answered with an error and the connection closed.
        package var maximumFrameSize: Int
        /// Close a connection that sent nothing for this long while no call was running; `nil` keeps it open.
        package var idleTimeout: TimeAmount?
        /// The error name replied when a handler throws an error that is neither a ``VarlinkError``
        /// nor ``VarlinkErrorConvertible``; use one declared in your own interface.
        package var internalErrorName: String
        /// What GetInfo reports.
        package var info: ServiceInfo

        package init(
            socketPath: String,
            socketMode: mode_t = 0o660,
            socketGroup: String? = nil,
            maximumFrameSize: Int = VarlinkFrameDecoder.defaultMaximumFrameSize,
            idleTimeout: TimeAmount? = nil,
            internalErrorName: String = "org.varlink.server.InternalError",
            info: ServiceInfo
        ) {
            self.socketPath = socketPath
            self.socketMode = socketMode
            self.socketGroup = socketGroup
            self.maximumFrameSize = maximumFrameSize
            self.idleTimeout = idleTimeout
            self.internalErrorName = internalErrorName
            self.info = info
        }
    }

    private enum ListeningState {
        case waiting([CheckedContinuation<Void, any Error>])
        case listening
        case finished(VarlinkServerError)
    }

    package let configuration: Configuration
    private let interfaces: [String: VarlinkInterface]
    private let logger: Logger
    private let eventLoopGroup: any EventLoopGroup
    private let threadPool: NIOThreadPool
    private let registry = ConnectionRegistry()
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

    private func applySocketPermissions() async throws(VarlinkServerError) {
        let path = configuration.socketPath
        let mode = configuration.socketMode
        let groupName = configuration.socketGroup
        let result: Result<Void, VarlinkServerError>
        do {
            result = try await threadPool.runIfActive { () -> Result<Void, VarlinkServerError> in
                if chmod(path, mode) != 0 {
                    return .failure(
                        .cannotSetPermissions(path: path, reason: "chmod: \(String(cString: strerror(errno)))"))
                }
                if let groupName {
                    guard let gid = Self.groupID(named: groupName) else {
                        return .failure(.cannotSetPermissions(path: path, reason: "no group named \(groupName)"))
                    }
                    // Already the group (the daemon's own, or a set-group-ID directory's): no chown, which
                    // a hardened unit may not allow at all.
                    var status = stat()
                    if stat(path, &status) == 0, status.st_gid == gid { return .success(()) }
                    if chown(path, uid_t.max, gid) != 0 {
                        return .failure(
                            .cannotSetPermissions(
                                path: path,
                                reason: "chown to group \(groupName): \(String(cString: strerror(errno))) (under "
                                    + "systemd, a group other than the daemon's own needs the drop-in socket-group.conf)"
                            ))
                    }
                }
                return .success(())
            }
        } catch {
            result = .failure(.cannotSetPermissions(path: path, reason: "\(error)"))
        }
        try result.get()
    }

    private static func groupID(named name: String) -> gid_t? {
        var grp = group()
        var result: UnsafeMutablePointer<group>? = nil
        var size = 4096
        while true {
            let (status, gid): (Int32, gid_t?) = withUnsafeTemporaryAllocation(of: CChar.self, capacity: size) {
                buffer in
                let status = getgrnam_r(name, &grp, buffer.baseAddress!, size, &result)
                return (status, status == 0 && result != nil ? grp.gr_gid : nil)
            }
            if status == ERANGE && size < 1 << 20 {
                size *= 2
                continue
            }
            return gid
        }
    }

    // MARK: Connections

    private func serve(_ connection: NIOAsyncChannel<ByteBuffer, ByteBuffer>) async {
        let channel = connection.channel
        var logger = self.logger
        do {
            try await connection.executeThenClose { inbound, outbound in
                let peer = try await VarlinkPeerCredentials.read(channel: channel, threadPool: threadPool)
                logger[metadataKey: "varlink.peer"] = "\(peer)"
                logger.debug("Varlink connection accepted")
                let writer = ReplyWriter(outbound: outbound)
                do {
                    for try await frame in inbound {
                        guard registry.beginCall(channel) else { break }
                        try await self.handle(
                            frame: frame, peer: peer, writer: writer, channel: channel, logger: logger)
                        guard registry.endCall(channel) else { break }
                    }
                } catch let error as VarlinkFrameTooLargeError {
                    logger.warning("Varlink message too large; closing the connection", metadata: ["error": "\(error)"])
                    try await writer.write(
                        VarlinkReplyMessage(
                            parameters: Self.protocolErrorParameters(parameter: "message", reason: error.description),
                            error: "org.varlink.service.InvalidParameter"))
                }
            }
            logger.debug("Varlink connection closed")
        } catch {
            logger.debug("Varlink connection ended with an error", metadata: ["error": "\(error)"])
        }
    }

    static func protocolErrorParameters(parameter: String, reason: String) -> VarlinkObject {
        ["parameter": .string(parameter), "reason": .string(reason)]
    }

    /// Serializes replies into frames on one connection.
    struct ReplyWriter: Sendable {
        let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

        func write(_ reply: VarlinkReplyMessage) async throws {
            var data = try VarlinkJSON.encoder().encode(reply)
            data.append(0)
            try await outbound.write(ByteBuffer(bytes: data))
        }
    }

    private func handle(
        frame: ByteBuffer, peer: VarlinkPeerCredentials, writer: ReplyWriter, channel: any Channel, logger: Logger
    ) async throws {
        let message: VarlinkCallMessage
        switch Self.parse(frame: frame) {
        case .success(let parsed): message = parsed
        case .failure(let failure):
            logger.notice(
                "Malformed Varlink message",
                metadata: ["parameter": "\(failure.parameter)", "reason": "\(failure.reason)"])
            try await writer.write(
                VarlinkReplyMessage(
                    parameters: Self.protocolErrorParameters(parameter: failure.parameter, reason: failure.reason),
                    error: "org.varlink.service.InvalidParameter"))
            return
        }

        let oneway = message.oneway ?? false
        let more = (message.more ?? false) && !oneway
        let call = VarlinkCall(
            method: message.method, parameters: message.parameters ?? [:], oneway: oneway, more: more, peer: peer)
        let replies = VarlinkStreamingReplies(isStreaming: more) { parameters in
            try await writer.write(VarlinkReplyMessage(parameters: parameters, continues: true))
        }

        let final: VarlinkReplyMessage
        do {
            // A streaming call may wait for a long time between replies; when its caller hangs up,
            // it is cancelled rather than left running until its next send fails.
            guard
                let parameters = more
                    ? try await dispatchWhileConnected(call, replies: replies, channel: channel)
                    : try await dispatch(call, replies: replies)
            else {
                logger.debug(
                    "Varlink caller hung up during a streaming call", metadata: ["varlink.method": "\(call.method)"])
                return
            }
            final = VarlinkReplyMessage(parameters: parameters)
        } catch let error as VarlinkError {
            final = VarlinkReplyMessage(parameters: error.parameters, error: error.name)
        } catch let error as any VarlinkErrorConvertible {
            let varlinkError = error.varlinkError
            final = VarlinkReplyMessage(parameters: varlinkError.parameters, error: varlinkError.name)
        } catch {
            logger.error(
                "Varlink handler failed", metadata: ["varlink.method": "\(call.method)", "error": "\(error)"])
            final = VarlinkReplyMessage(parameters: [:], error: configuration.internalErrorName)
        }
        if !oneway {
            try await writer.write(final)
        }
    }

    /// Runs the call until it returns or the connection closes (`nil`), whichever comes first.
    private func dispatchWhileConnected(
        _ call: VarlinkCall, replies: VarlinkStreamingReplies, channel: any Channel
    ) async throws -> VarlinkObject? {
        try await withThrowingTaskGroup(of: VarlinkObject?.self, returning: VarlinkObject?.self) { group in
            group.addTask { try await self.dispatch(call, replies: replies) }
            group.addTask {
                // Cancelled (the call finished, or the server is going down) is not a hang-up: it
                // answers nil as well, and the loop below tells the two apart by the channel.
                try? await ConnectionClosure.wait(for: channel.closeFuture)
                return nil
            }
            defer { group.cancelAll() }
            do {
                while let result = try await group.next() {
                    if let parameters = result { return parameters }
                    if !channel.isActive { return nil }  // the caller hung up
                }
                return nil
            } catch  where !channel.isActive {
                return nil  // the call failed because its connection went away
            }
        }
    }

    private func dispatch(_ call: VarlinkCall, replies: VarlinkStreamingReplies) async throws -> VarlinkObject {
        guard let interface = interfaces[call.interface] else {
            if call.interface.isEmpty { throw VarlinkError.methodNotFound(call.method) }
            throw VarlinkError.interfaceNotFound(call.interface)
        }
        guard let method = interface.methods[call.methodName] else {
            if interface.declaredMethods.contains(call.methodName) {
                throw VarlinkError.methodNotImplemented(call.method)
            }
            throw VarlinkError.methodNotFound(call.method)
        }
        if method.requiresMore && !call.more && !call.oneway {
            throw VarlinkError.expectedMore
        }
        return try await method.handler(call, replies)
    }

    struct ProtocolViolation: Error {
        var parameter: String
        var reason: String
    }

    /// Validates one frame into a call message, naming exactly what is wrong otherwise.
    static func parse(frame: ByteBuffer) -> Result<VarlinkCallMessage, ProtocolViolation> {
        let bytes = frame.readableBytesView
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(ProtocolViolation(parameter: "message", reason: "the message is not valid UTF-8"))
        }
        let value: VarlinkValue
        do {
            value = try VarlinkJSON.decoder().decode(VarlinkValue.self, from: Data(bytes))
        } catch {
            return .failure(ProtocolViolation(parameter: "message", reason: "the message is not valid JSON"))
        }
        guard case .object(let object) = value else {
            return .failure(ProtocolViolation(parameter: "message", reason: "the message is not a JSON object"))
        }
        guard let method = object["method"]?.stringValue, !method.isEmpty else {
            return .failure(
                ProtocolViolation(parameter: "method", reason: "the call has no \"method\" string"))
        }
        var parameters: VarlinkObject? = nil
        switch object["parameters"] {
        case nil, .null?: break
        case .object(let value)?: parameters = value
        default:
            return .failure(
                ProtocolViolation(parameter: "parameters", reason: "\"parameters\" must be an object or null"))
        }
        func flag(_ name: String) -> Result<Bool?, ProtocolViolation> {
            switch object[name] {
            case nil, .null?: return .success(nil)
            case .bool(let value)?: return .success(value)
            default: return .failure(ProtocolViolation(parameter: name, reason: "\"\(name)\" must be a boolean"))
            }
        }
        do {
            let oneway = try flag("oneway").get()
            let more = try flag("more").get()
            let upgrade = try flag("upgrade").get()
            if upgrade == true {
                return .failure(
                    ProtocolViolation(parameter: "upgrade", reason: "protocol upgrades are not supported"))
            }
            return .success(VarlinkCallMessage(method: method, parameters: parameters, oneway: oneway, more: more))
        } catch {
            return .failure(error)
        }
    }
}

/// Why the server could not start or stopped.
package enum VarlinkServerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Binding the socket failed (directory missing, no permission, path too long…).
    case cannotListen(path: String, reason: String)
    /// The socket was bound but its mode or group could not be set.
    case cannotSetPermissions(path: String, reason: String)
    /// The server is no longer running.
    case stopped

    package var description: String {
        switch self {
        case .cannotListen(let path, let reason): "cannot listen on Varlink socket \(path): \(reason)"
        case .cannotSetPermissions(let path, let reason): "cannot set permissions of Varlink socket \(path): \(reason)"
        case .stopped: "the Varlink server has stopped"
        }
    }
}
