/// A reader of the global log that can tell when it has processed a position — what a writer waits
/// on so that its caller reads their own writes.
///
/// The projection runner is the one the daemon has; the write side knows only this protocol, so it
/// does not depend on the read side.
package protocol LogFollower: Sendable {
    /// Returns once the event at `position` has been processed.
    ///
    /// - Throws: ``ProjectionLag`` when that takes longer than `timeout`: the write is safe, the views
    ///   are behind.
    func waitUntilProcessed(_ position: LogPosition, timeout: Duration) async throws
}
