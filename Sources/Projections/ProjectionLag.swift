import EventStore

/// A command's events are stored, but the read models did not reach them in time.
///
/// The change is safe; only the views are behind. Usually a long-open transaction somewhere in the
/// cluster holds the log's horizon back (see `EventStore.horizon()`).
public struct ProjectionLag: Error, Sendable, CustomStringConvertible {
    public var waitedFor: LogPosition
    public var reached: LogPosition
    public var timeout: Duration

    public var description: String {
        "the change is stored, but the read models reached only \(reached) of \(waitedFor) within \(timeout); "
            + "they will catch up — if this persists, look for a long-open transaction in `status`"
    }
}
