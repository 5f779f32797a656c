/// A command's events are stored, but the read models did not reach them in time.
///
/// The change is safe; only the views are behind: an append of the store held open holds the log's
/// horizon back (see ``EventStore/horizon()``), or a read model is stopped. Thrown by a
/// ``LogFollower``.
package struct ProjectionLag: Error, Sendable, CustomStringConvertible {
    package var waitedFor: LogPosition
    package var reached: LogPosition
    package var timeout: Duration
    /// Read models stopped at an event they could not apply (see `ProjectionStop`): they will not
    /// show the change before a restart or a rebuild.
    package var stoppedProjections: [String]

    package init(waitedFor: LogPosition, reached: LogPosition, timeout: Duration, stoppedProjections: [String] = []) {
        self.waitedFor = waitedFor
        self.reached = reached
        self.timeout = timeout
        self.stoppedProjections = stoppedProjections
    }

    package var description: String {
        if !stoppedProjections.isEmpty {
            return
                "the change is stored, but the read models \(stoppedProjections.joined(separator: ", ")) are stopped at "
                + "an event they could not apply and do not show it; see `status`"
        }
        return "the change is stored, but the read models reached only \(reached) of \(waitedFor) within \(timeout); "
            + "they will catch up — if this persists, look for a long-open append in `status`"
    }
}
