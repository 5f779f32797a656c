import Domain
import EventStore

/// What a handled command did.
package struct CommandOutcome: Sendable {
    /// The events appended (empty when the command changed nothing, or repeated an earlier one).
    package var events: [DomainEvent]
    /// Where the last event stands in the log; `nil` when nothing was appended.
    package var position: LogPosition?
    /// The command id had been handled before: this is the earlier result, nothing new was written.
    package var isDuplicate: Bool
    /// Set when the read models did not reach the command's events in time. The change is stored.
    package var lag: ProjectionLag?
}
