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
/// statement on the same connection.
///
/// The request is sent again while the statement runs (after 100 ms, then less often, at most every
/// second): the server ignores a cancel that reaches a session while it waits for its next command,
/// and a statement is marked running a moment before the server has read it. A single request sent
/// in that moment was lost, and the statement ran to its end.
final class Canceller: Sendable {
    private struct State: @unchecked Sendable {
        var handle: OpaquePointer?
        var running: UInt64?
        var cancelled: UInt64?
        var lastTicket: UInt64 = 0
        /// Cancel requests sent so far, for tests and diagnostics.
        var requestsSent = 0
    }

    private let state = Mutex(State())

    /// The first pause before a request is sent again, and the longest.
    static let firstResend = Duration.milliseconds(100)
    static let longestResend = Duration.seconds(1)

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

    /// How many cancel requests have been sent.
    var requestsSent: Int { state.withLock { $0.requestsSent } }

    /// Cancels the ticket's statement: it does not start, or the server is asked to stop it — again
    /// and again until it has ended.
    func cancel(_ ticket: UInt64) {
        state.withLock { $0.cancelled = ticket }
        DispatchQueue.global().async { [self] in keepCancelling(ticket, pause: Self.firstResend) }
    }

    /// Sends a request if the ticket's statement still runs, and schedules the next one.
    private func keepCancelling(_ ticket: UInt64, pause: Duration) {
        guard send(ticket) else { return }
        let next = min(pause * 2, Self.longestResend)
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.interval(pause)) { [self] in
            keepCancelling(ticket, pause: next)
        }
    }

    /// One request, sent only while the ticket's statement runs (under the lock, so the statement
    /// cannot be marked finished meanwhile); false when it no longer runs.
    private func send(_ ticket: UInt64) -> Bool {
        state.withLock { state in
            guard let handle = state.handle, state.running == ticket else { return false }
            var buffer = [CChar](repeating: 0, count: 256)
            _ = PQcancel(handle, &buffer, Int32(buffer.count))
            state.requestsSent += 1
            return true
        }
    }

    private static func interval(_ duration: Duration) -> DispatchTimeInterval {
        .milliseconds(Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000))
    }
}
