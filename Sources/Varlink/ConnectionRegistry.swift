import NIOCore
import Synchronization

/// Tracks which connections are busy with a call, so graceful shutdown can close idle ones at once
/// and let busy ones finish their call first, and so an idle timeout never cuts off a running call.
final class ConnectionRegistry: Sendable {
    private struct Entry {
        var channel: any Channel
        var busy: Bool
    }

    private struct State {
        var shuttingDown = false
        var entries: [ObjectIdentifier: Entry] = [:]
    }

    private let state = Mutex(State())

    /// Registers a newly accepted connection; returns false (and the caller closes it) during shutdown.
    func add(_ channel: any Channel) -> Bool {
        state.withLock { state in
            guard !state.shuttingDown else { return false }
            state.entries[ObjectIdentifier(channel)] = Entry(channel: channel, busy: false)
            return true
        }
    }

    func remove(_ channel: any Channel) {
        _ = state.withLock { $0.entries.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// Marks a connection busy before a call; false means shutdown began and no new call may start.
    func beginCall(_ channel: any Channel) -> Bool {
        state.withLock { state in
            guard !state.shuttingDown else { return false }
            state.entries[ObjectIdentifier(channel)]?.busy = true
            return true
        }
    }

    /// Marks a connection idle after a call; false means shutdown began and the connection should close.
    func endCall(_ channel: any Channel) -> Bool {
        state.withLock { state in
            state.entries[ObjectIdentifier(channel)]?.busy = false
            return !state.shuttingDown
        }
    }

    /// The idle timer fired: close the connection unless a call is running on it.
    func idleTimeout(_ channel: any Channel) {
        let idle = state.withLock { $0.entries[ObjectIdentifier(channel)].map { !$0.busy } ?? true }
        if idle { channel.close(promise: nil) }
    }

    /// Begins graceful shutdown: no new calls start; idle connections are closed now.
    func shutDown() {
        let idle = state.withLock { state in
            state.shuttingDown = true
            return state.entries.values.filter { !$0.busy }.map(\.channel)
        }
        for channel in idle { channel.close(promise: nil) }
    }
}

/// Closes a connection that has been silent for the configured idle time, unless it is running a call.
final class IdleConnectionCloser: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let registry: ConnectionRegistry

    init(registry: ConnectionRegistry) {
        self.registry = registry
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            registry.idleTimeout(context.channel)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
