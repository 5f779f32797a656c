/// How far the readable log lags behind what is committed, and which appender holds it back.
///
/// Readers see only transactions below the log's horizon: older than every transaction that holds one
/// of this store's append locks (see docs/architecture.md, the event store). Only the store's own appenders can
/// hold readers back — a long transaction elsewhere on the cluster cannot — and `status` names the
/// one that does, so an operator can find it instead of wondering why nothing moves.
package struct LogHorizon: Sendable, Hashable {
    /// Committed events not yet readable because an older append is still open.
    package var heldBackEvents: Int
    /// The highest sequence number written (readable or not).
    package var lastSequence: Int64
    /// The oldest open transaction that holds an append lock and a transaction id, if any.
    package var oldestAppender: Appender?

    package init(heldBackEvents: Int, lastSequence: Int64, oldestAppender: Appender?) {
        self.heldBackEvents = heldBackEvents
        self.lastSequence = lastSequence
        self.oldestAppender = oldestAppender
    }

    /// An open transaction that may still commit events.
    package struct Appender: Sendable, Hashable {
        /// Its server process; `nil` for a prepared (two-phase) transaction, which has none.
        package var pid: Int32?
        /// The database it runs in: the store's own.
        package var database: String
        package var applicationName: String
        /// How long its transaction has been open.
        package var age: Duration

        package init(pid: Int32?, database: String, applicationName: String, age: Duration) {
            self.pid = pid
            self.database = database
            self.applicationName = applicationName
            self.age = age
        }
    }
}
