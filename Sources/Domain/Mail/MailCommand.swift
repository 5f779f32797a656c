/// What can be asked of a message in the outbox.
package enum MailCommand: Equatable, Sendable {
    /// Queue a new message (the stream must be new); `answerable` lists the items a reply may answer.
    case queue(
        recipient: RecipientKey, purpose: MailPurpose, subject: String, text: String, html: String?,
        regarding: String?, answerable: [AnswerableItem] = [])
    /// The mailer tried to deliver it. `jitter` (0 ≤ jitter < 1) spreads the next attempt; the mailer
    /// draws it, so that deciding stays a pure function.
    case recordAttempt(DeliveryOutcome, policy: RetryPolicy, jitter: Double)
    /// The mailer found no address for the recipient.
    case hold
    /// Someone asks for another attempt now.
    case retry
}

/// How an attempt to hand a message to sendmail ended.
package enum DeliveryOutcome: Equatable, Sendable {
    /// Exit status 0.
    case accepted
    /// Worth trying again later (EX_TEMPFAIL, unavailable, I/O error, a timeout, no program).
    case temporaryFailure(String)
    /// Not worth trying again without a change (a refused recipient, a bad message).
    case permanentFailure(String)
}
