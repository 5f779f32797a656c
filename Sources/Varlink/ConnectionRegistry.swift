import NIOCore
import Synchronization

/// Tracks, per connection, how many received calls are not answered yet, so graceful shutdown can
/// close idle connections at once while calls already received are still answered, and so an idle
/// timeout never cuts off a running call.
///
/// Frames are counted on the event loop as they are decoded (``ConnectionActivityHandler``), before the
/// connection's task picks them up, so no call that reached the server before shutdown is lost.
final class ConnectionRegistry: Sendable {
    private struct Entry {
        var channel: any Channel
        /// Calls received (before shutdown began) and not yet finished.
        var pending: Int
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
            state.entries[ObjectIdentifier(channel)] = Entry(channel: channel, pending: 0)
            return true
        }
    }

    func remove(_ channel: any Channel) {
        _ = state.withLock { $0.entries.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    /// A frame was decoded on this connection. Frames arriving after shutdown began are not counted
    /// and will not be served.
    func frameReceived(_ channel: any Channel) {
        state.withLock { state in
            guard !state.shuttingDown else { return }
            state.entries[ObjectIdentifier(channel)]?.pending += 1
        }
    }

    /// Whether the next frame may be served: always before shutdown, afterwards only frames received before it.
    func beginCall(_ channel: any Channel) -> Bool {
        state.withLock { state in
            !state.shuttingDown || (state.entries[ObjectIdentifier(channel)]?.pending ?? 0) > 0
        }
    }

    /// A call finished; false means shutdown began and nothing received before it remains, so close.
    func endCall(_ channel: any Channel) -> Bool {
        state.withLock { state in
            let id = ObjectIdentifier(channel)
            if let pending = state.entries[id]?.pending, pending > 0 {
                state.entries[id]?.pending = pending - 1
            }
            return !state.shuttingDown || (state.entries[id]?.pending ?? 0) > 0
        }
    }

    /// The idle timer fired: stop reading from the connection unless a call is pending or running on it.
    func idleTimeout(_ channel: any Channel) {
        let idle = state.withLock { ($0.entries[ObjectIdentifier(channel)]?.pending ?? 0) == 0 }
        if idle { Self.stopReading(channel) }
    }

    /// Begins graceful shutdown: no new connections or calls; idle connections stop being read now.
    func shutDown() {
        let idle = state.withLock { state in
            state.shuttingDown = true
            return state.entries.values.filter { $0.pending == 0 }.map(\.channel)
        }
        for channel in idle { Self.stopReading(channel) }
    }

    /// Ends a connection from the reading side: its inbound sequence finishes, and the connection's
    /// task closes it after the replies it has already handed to the outbound writer. Closing the
    /// channel here instead would race those replies: the last call's reply may still be on its way
    /// to the event loop when its call no longer counts as pending, and a close drops it.
    ///
    /// A connection is registered here from the moment it is accepted, before NIO has registered it
    /// with its event loop; half-closing it then trips NIO's precondition (`unregisterForReadable` on
    /// a channel not yet registered) and kills the daemon. So the decision is made on the channel's
    /// own event loop: an active connection is half-closed, one not yet active — which has received
    /// nothing — is closed whole.
    private static func stopReading(_ channel: any Channel) {
        channel.eventLoop.execute {
            if channel.isActive {
                channel.close(mode: .input, promise: nil)
            } else {
                channel.close(promise: nil)
            }
        }
    }
}
