import Domain
import Foundation

/// What `status` says about the schedule.
package struct SchedulerStatus: Sendable, Equatable {
    /// Whether this daemon holds the schedule (another may, on the same database).
    package var leading: Bool
    /// The next scheduled run, when this daemon holds the schedule and waits for it.
    package var nextRunAt: Date?
    /// The last run this daemon made, if any.
    package var lastRun: PoliciesRan?
    /// The next monthly digests, when this daemon holds the schedule.
    package var nextDigestsAt: Date?
    /// The last digests this daemon sent, if any.
    package var lastDigests: DigestsRan?
    /// Why the last attempt failed, until one succeeds.
    package var problem: String?
}
