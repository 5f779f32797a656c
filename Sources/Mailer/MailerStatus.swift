import Foundation

/// What the mailer is doing, for `status`: whether this daemon delivers, and what stops it.
package struct MailerStatus: Sendable, Equatable {
    package var enabled: Bool
    /// This daemon holds the mailer's lock and delivers; another daemon does otherwise.
    package var delivering: Bool
    /// Why mail cannot go out at all (a missing program, no sender), if anything.
    package var problem: String?
    /// When the mailer last looked for due messages.
    package var lastRoundAt: Date?

    package init(enabled: Bool, delivering: Bool, problem: String?, lastRoundAt: Date?) {
        self.enabled = enabled
        self.delivering = delivering
        self.problem = problem
        self.lastRoundAt = lastRoundAt
    }
}
