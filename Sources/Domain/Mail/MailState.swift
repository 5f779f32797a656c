/// A queued message and where it stands.
package struct MailState: Equatable, Sendable {
    package var message: MailQueued
    /// Attempts made so far.
    package var attempts: Int
    package var stage: MailStage
}

/// Where a message stands. Only ``due`` and ``held`` messages are ever handed to sendmail.
package enum MailStage: Equatable, Sendable {
    /// To be tried at `at` or after: newly queued, after a temporary failure, or asked for again.
    case due(at: Timestamp, lastError: String?)
    /// Waiting for its recipient to get an address.
    case held(since: Timestamp)
    /// Accepted by sendmail; never sent again.
    case delivered(at: Timestamp)
    /// Failed for good; waits for someone to ask for a retry.
    case failed(at: Timestamp, reason: String)
    /// Failed temporarily for longer than the retry policy allows; waits for a retry.
    case givenUp(at: Timestamp, reason: String)

    /// The stage's name, as the outbox's read model and `mail list` show it.
    package var name: Name {
        switch self {
        case .due(_, let error): error == nil ? .pending : .failing
        case .held: .held
        case .delivered: .delivered
        case .failed: .failed
        case .givenUp: .givenUp
        }
    }

    /// The stages as they are written in the read model and over the admin socket.
    package enum Name: String, Codable, Sendable, CaseIterable {
        /// Due and never failed.
        case pending
        /// Due again after a temporary failure.
        case failing
        case held, delivered, failed
        case givenUp = "given_up"
    }
}
