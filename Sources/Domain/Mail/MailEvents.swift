/// Why a message goes out. A digest is bulk mail; the others concern one thing that needs doing.
package enum MailPurpose: String, Codable, Sendable, CaseIterable {
    case reminder, escalation, digest, test
    /// A confirmation or a refusal to someone who answered a letter by mail.
    case reply
}

/// The system decided to send a message: its whole content, to a recipient key — never an address.
///
/// Recorded in the same transaction as the decision that causes it, so a message is queued exactly
/// when its cause is recorded. The content is kept so that every attempt sends the same message.
package struct MailQueued: EventPayload {
    package static let eventType = "MailQueued"
    package static let schemaVersion = 1
    package var recipient: RecipientKey
    package var purpose: MailPurpose
    package var subject: String
    /// The plain-text part.
    package var text: String
    /// The same content as HTML, if any.
    package var html: String?
    /// The stream of what the message is about (an issue, a council), for the trace.
    package var regarding: String?
    package var queuedAt: Timestamp
    package init(
        recipient: RecipientKey, purpose: MailPurpose, subject: String, text: String, html: String?,
        regarding: String?, queuedAt: Timestamp
    ) {
        self.recipient = recipient
        self.purpose = purpose
        self.subject = subject
        self.text = text
        self.html = html
        self.regarding = regarding
        self.queuedAt = queuedAt
    }
}

/// sendmail accepted the message (with Postfix or exim: queued it for delivery).
package struct MailDelivered: EventPayload {
    package static let eventType = "MailDelivered"
    package static let schemaVersion = 1
    /// 1 for the first attempt.
    package var attempt: Int
    package var at: Timestamp
    package init(attempt: Int, at: Timestamp) {
        self.attempt = attempt
        self.at = at
    }
}

/// An attempt failed. With `retryAt` the failure was temporary and the message is tried again then;
/// without, it failed for good until someone asks for a retry.
package struct MailDeliveryFailed: EventPayload {
    package static let eventType = "MailDeliveryFailed"
    package static let schemaVersion = 1
    package var attempt: Int
    package var at: Timestamp
    /// What the program said, cut and without secrets.
    package var reason: String
    package var retryAt: Timestamp?
    package init(attempt: Int, at: Timestamp, reason: String, retryAt: Timestamp?) {
        self.attempt = attempt
        self.at = at
        self.reason = reason
        self.retryAt = retryAt
    }
}

/// The recipient key had no address when the message was due: it waits until one is set.
package struct MailHeld: EventPayload {
    package static let eventType = "MailHeld"
    package static let schemaVersion = 1
    package var at: Timestamp
    package init(at: Timestamp) { self.at = at }
}

/// Temporary failures lasted longer than the retry policy allows: no more attempts unless asked.
package struct MailGivenUp: EventPayload {
    package static let eventType = "MailGivenUp"
    package static let schemaVersion = 1
    package var at: Timestamp
    package init(at: Timestamp) { self.at = at }
}

/// Someone asked for a failed, given-up or held message to be tried again now.
package struct MailRetryRequested: EventPayload {
    package static let eventType = "MailRetryRequested"
    package static let schemaVersion = 1
    package var at: Timestamp
    package init(at: Timestamp) { self.at = at }
}

/// Everything that can happen to a message in the outbox.
package enum MailEvent: Equatable, Sendable {
    case queued(MailQueued)
    case delivered(MailDelivered)
    case deliveryFailed(MailDeliveryFailed)
    case held(MailHeld)
    case givenUp(MailGivenUp)
    case retryRequested(MailRetryRequested)

    package var payload: any EventPayload {
        switch self {
        case .queued(let p): p
        case .delivered(let p): p
        case .deliveryFailed(let p): p
        case .held(let p): p
        case .givenUp(let p): p
        case .retryRequested(let p): p
        }
    }
}
