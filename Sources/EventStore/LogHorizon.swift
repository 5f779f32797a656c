/// How far the readable log lags behind what is committed.
///
/// Readers see only transactions older than the oldest one still running anywhere in the cluster, so a
/// long-open transaction — even one unrelated to Tredje kraften — holds every reader back. `status`
/// shows this so an operator can find and end that transaction instead of wondering why nothing moves.
public struct LogHorizon: Sendable, Hashable {
    /// Committed events not yet readable because an older transaction is still open.
    public var heldBackEvents: Int
    /// The highest sequence number written (readable or not).
    public var lastSequence: Int64
    /// The oldest open transaction that holds an id, if any.
    public var oldestTransaction: OpenTransaction?

    public struct OpenTransaction: Sendable, Hashable {
        public var pid: Int32
        public var applicationName: String
        public var age: Duration
    }
}
