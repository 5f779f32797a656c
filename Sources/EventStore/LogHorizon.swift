/// How far the readable log lags behind what is committed, and which appender holds it back.
///
/// Readers see only transactions below the log's horizon: older than every transaction that holds one
/// of this store's append locks (see the README's design notes). Only the store's own appenders can
/// hold readers back — a long transaction elsewhere on the cluster cannot — and `status` names the
/// one that does, so an operator can find it instead of wondering why nothing moves.
public struct LogHorizon: Sendable, Hashable {
    /// Committed events not yet readable because an older append is still open.
    public var heldBackEvents: Int
    /// The highest sequence number written (readable or not).
    public var lastSequence: Int64
    /// The oldest open transaction that holds an append lock and a transaction id, if any.
    public var oldestAppender: Appender?

    public init(heldBackEvents: Int, lastSequence: Int64, oldestAppender: Appender?) {
        self.heldBackEvents = heldBackEvents
        self.lastSequence = lastSequence
        self.oldestAppender = oldestAppender
    }

    /// An open transaction that may still commit events.
    public struct Appender: Sendable, Hashable {
        /// Its server process; `nil` for a prepared (two-phase) transaction, which has none.
        public var pid: Int32?
        /// The database it runs in: the store's own.
        public var database: String
        public var applicationName: String
        /// How long its transaction has been open.
        public var age: Duration

        public init(pid: Int32?, database: String, applicationName: String, age: Duration) {
            self.pid = pid
            self.database = database
            self.applicationName = applicationName
            self.age = age
        }
    }
}
