import NIOCore

/// Counts decoded frames into the ``ConnectionRegistry`` and closes a connection that has been silent
/// for the configured idle time (an `IdleStateHandler` event) unless a call is pending on it.
final class ConnectionActivityHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let registry: ConnectionRegistry

    init(registry: ConnectionRegistry) {
        self.registry = registry
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        registry.frameReceived(context.channel)
        context.fireChannelRead(data)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            registry.idleTimeout(context.channel)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
