import EventStore

/// The follower of a bench whose read models were caught up before it measures: a policy run built
/// for a sweep alone (``PolicyRun/plan(day:configuration:lastScheduledDay:pageSize:)``) never waits.
struct CaughtUp: LogFollower {
    func waitUntilProcessed(_ position: LogPosition, timeout: Duration) async throws {}
}
