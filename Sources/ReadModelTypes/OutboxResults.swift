import Domain
import Foundation

/// One message in the outbox, as `mail list` shows it: never the address, only the recipient key.
package struct OutboxEntry: Codable, Sendable, Equatable {
    package var id: MailID
    package var recipient: RecipientKey
    package var purpose: MailPurpose
    package var subject: String
    package var state: MailStage.Name
    package var attempts: Int
    /// What the last failed attempt said.
    package var lastError: String?
    /// When it is tried next, while it is due.
    package var nextAttemptAt: Date?
    package var queuedAt: Date
    package var deliveredAt: Date?
    /// The stream of what the message is about, if any.
    package var regarding: String?

    package init(
        id: MailID, recipient: RecipientKey, purpose: MailPurpose, subject: String, state: MailStage.Name,
        attempts: Int, lastError: String?, nextAttemptAt: Date?, queuedAt: Date, deliveredAt: Date?,
        regarding: String?
    ) {
        self.id = id
        self.recipient = recipient
        self.purpose = purpose
        self.subject = subject
        self.state = state
        self.attempts = attempts
        self.lastError = lastError
        self.nextAttemptAt = nextAttemptAt
        self.queuedAt = queuedAt
        self.deliveredAt = deliveredAt
        self.regarding = regarding
    }
}

/// How the outbox stands, for `status`: what waits, what fails, and how long the oldest has waited.
package struct OutboxSummary: Codable, Sendable, Equatable {
    /// Due, and never failed.
    package var queued: Int
    /// Due again after a temporary failure.
    package var failing: Int
    /// Waiting for an address.
    package var held: Int
    /// Failed for good or given up: waits for `mail retry`.
    package var failed: Int
    package var delivered: Int
    /// When the oldest message not yet delivered was queued.
    package var oldestUndeliveredQueuedAt: Date?

    package init(
        queued: Int, failing: Int, held: Int, failed: Int, delivered: Int, oldestUndeliveredQueuedAt: Date?
    ) {
        self.queued = queued
        self.failing = failing
        self.held = held
        self.failed = failed
        self.delivered = delivered
        self.oldestUndeliveredQueuedAt = oldestUndeliveredQueuedAt
    }
}
