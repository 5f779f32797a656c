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
        guard mustSend else { return }
        repeat {
            // A lost notification only delays subscribers until their next poll.
            _ = try? await pool.query("SELECT pg_notify(\(channel), '')")
        } while state.withLock { state in
            if state.pending {
                state.pending = false
                return true
            }
            state.sending = false
            return false
        }
    }
}
