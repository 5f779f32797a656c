import CLibPQ
import Dispatch
import Synchronization

/// Asks the server to cancel the statement a connection is running, from any thread.
///
/// Task cancellation must reach a statement that blocks the connection's own thread, so this holds
/// libpq's thread-safe `PGcancel` object apart from the connection. Sending the request opens a short
/// connection to the server, so it runs on a dispatch queue rather than the cancelling task's thread.
///
/// Each statement has a ticket, taken before it starts. A cancellation names its ticket: it stops the
/// statement from starting, or is sent only while that statement still runs — and the statement
/// cannot be marked finished while a request is on its way. So a late cancellation never hits the next
/// statement on the same connection (the server ignores a cancel that reaches an idle session).
final class Canceller: Sendable {
    private struct State: @unchecked Sendable {
        var handle: OpaquePointer?
        var running: UInt64?
        var cancelled: UInt64?
        var lastTicket: UInt64 = 0
    }

    private let state = Mutex(State())

    func set(from connection: OpaquePointer) {
        let fresh = PQgetCancel(connection)
        let old = state.withLock { state in
            defer { state.handle = fresh }
            return state.handle
        }
        if let old { PQfreeCancel(old) }
    }

    func clear() {
        let old = state.withLock { state in
            defer { state.handle = nil }
            return state.handle
        }
        if let old { PQfreeCancel(old) }
    }

    /// A ticket for one statement, taken before the statement is started.
    func ticket() -> UInt64 {
        state.withLock { state in
            state.lastTicket += 1
            return state.lastTicket
        }
    }

    /// Marks the ticket's statement as running; false when it was cancelled before it started.
    func begin(_ ticket: UInt64) -> Bool {
        state.withLock { state in
            if state.cancelled == ticket { return false }
            state.running = ticket
            return true
        }
    }

    /// Marks the statement finished; waits for a cancel request that is being sent for it.
    func end() {
        state.withLock { $0.running = nil }
    }

    func cancel(_ ticket: UInt64) {
        state.withLock { $0.cancelled = ticket }
        DispatchQueue.global().async { [self] in
            state.withLock { state in
                guard let handle = state.handle, state.running == ticket else { return }
                var buffer = [CChar](repeating: 0, count: 256)
                _ = PQcancel(handle, &buffer, Int32(buffer.count))
            }
        }
    }
}
