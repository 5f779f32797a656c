import Domain
import Foundation

/// One command of the demo, with the instant it is handled and the staff user who gives it.
///
/// Lifecycle dates in events are "the day the command is handled", so each step carries its own
/// instant; a loader sets its clock to `at` before handling `command` as `actor`.
package struct DemoStep: Sendable, Equatable {
    /// When the command is handled.
    package var at: Date
    /// The official who gives it, as the story names them (never a service user), e.g. "samordnare Lund":
    /// the history names them, not whoever loaded the demo.
    package var actor: String
    package var command: DomainCommand
}
