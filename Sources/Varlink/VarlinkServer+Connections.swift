import Logging
import NIOCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension VarlinkServer {
    func serve(_ connection: NIOAsyncChannel<ByteBuffer, ByteBuffer>) async {
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
}
