import Foundation

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
///
/// Version 2 added ``answerable`` (issue 31, answers by mail). Version 1's JSON is version 2's without
/// the key, which reads as no answerable items, so its upcaster leaves the data as it is; an empty list
/// is not written, so a letter that cannot be answered is stored as before.
package struct MailQueued: EventPayload {
    package static let eventType = "MailQueued"
    package static let schemaVersion = 2
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
    /// The letter's numbered items that can be answered by mail, and their issues: what a reply's token
    /// may act on. Empty for a letter that asks for no answer (a digest, the test message) and for every
    /// letter queued while replies by mail were not configured. Never an address: the reply address is
    /// made at delivery.
    package var answerable: [AnswerableItem]

    package init(
        recipient: RecipientKey, purpose: MailPurpose, subject: String, text: String, html: String?,
        regarding: String?, queuedAt: Timestamp, answerable: [AnswerableItem] = []
    ) {
        self.recipient = recipient
        self.purpose = purpose
        self.subject = subject
        self.text = text
        self.html = html
        self.regarding = regarding
        self.queuedAt = queuedAt
        self.answerable = answerable
    }

    private enum CodingKeys: String, CodingKey {
        case recipient, purpose, subject, text, html, regarding, queuedAt, answerable
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        recipient = try c.decode(RecipientKey.self, forKey: .recipient)
        purpose = try c.decode(MailPurpose.self, forKey: .purpose)
        subject = try c.decode(String.self, forKey: .subject)
        text = try c.decode(String.self, forKey: .text)
        html = try c.decodeIfPresent(String.self, forKey: .html)
        regarding = try c.decodeIfPresent(String.self, forKey: .regarding)
        queuedAt = try c.decode(Timestamp.self, forKey: .queuedAt)
        answerable = try c.decodeIfPresent([AnswerableItem].self, forKey: .answerable) ?? []
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(recipient, forKey: .recipient)
        try c.encode(purpose, forKey: .purpose)
        try c.encode(subject, forKey: .subject)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(html, forKey: .html)
        try c.encodeIfPresent(regarding, forKey: .regarding)
        try c.encode(queuedAt, forKey: .queuedAt)
        if !answerable.isEmpty { try c.encode(answerable, forKey: .answerable) }
    }

    /// Version 1 → 2: the same JSON (a missing `answerable` reads as none).
    package static func upcastVersion1(_ data: Data) -> Data { data }
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
