import Domain
import Foundation

/// One command of the demo, with the instant it is handled and the staff user who gives it.
///
/// Lifecycle dates in events are "the day the command is handled", so each step carries its own
/// instant; a loader sets its clock to `at` before handling `command` as `actor`.
public struct DemoStep: Sendable, Equatable {
    /// When the command is handled.
    public var at: Date
    /// The staff user name (never a service user), e.g. "samordnare.lund".
    public var actor: String
    public var command: DomainCommand
}
