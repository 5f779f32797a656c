import Postgres
import Synchronization

/// Tells subscribers, after commit, that the log has grown: after a transaction of appends (a single
/// append sends ``notification`` in its own round trip instead).
///
/// NOTIFY inside the appending transaction would take the server's notification lock through the
/// commit's WAL flush and serialise every writer. Instead a separate, WAL-free NOTIFY follows the
/// commit, and concurrent appenders share it: while one is in flight, others only mark that another
/// is needed, so at most one more follows the last commit.
final class AppendNotifier: Sendable {
    private let pool: PostgresPool
    private let channel: String
    private let state = Mutex((sending: false, pending: false))

    init(pool: PostgresPool, channel: String) {
        self.pool = pool
        self.channel = channel
    }

    /// The notification alone, for a caller that sends it in the same round trip as its append
    /// (``PostgresConnection/pipelined(_:)``), right after the append's commit.
    var notification: PostgresQuery { .prepared("SELECT pg_notify(\(channel), '')") }

    func announce() async {
        let mustSend = state.withLock { state in
            if state.sending {
                state.pending = true
                return false
            }
            state.sending = true
            return true
        }
        if mustSend { await sendWhilePending(first: true) }
    }

    /// Takes the turn to notify, for a caller that sends ``notification`` in its append's own round trip;
    /// false while another notification is in flight (the caller then calls ``announce()`` once its
    /// append has committed, which asks the one in flight to go again).
    func claim() -> Bool {
        state.withLock { state in
            if state.sending { return false }
            state.sending = true
            return true
        }
    }

    /// After a claimed notification went out (or failed): one more while others committed meanwhile,
    /// on the claimer's own connection (a pool of one has no other), then the turn is given back.
    func claimedSent(on connection: PostgresConnection) async {
        await sendWhilePending(first: false, on: connection)
    }

    private func sendWhilePending(first: Bool, on connection: PostgresConnection? = nil) async {
        var send = first
        while true {
            if send {
                // A lost notification only delays subscribers until their next poll.
                if let connection {
                    _ = try? await connection.query(notification)
                } else {
                    _ = try? await pool.query(notification)
                }
            }
            send = state.withLock { state in
                if state.pending {
                    state.pending = false
                    return true
                }
                state.sending = false
                return false
            }
            if !send { return }
        }
    }
}
