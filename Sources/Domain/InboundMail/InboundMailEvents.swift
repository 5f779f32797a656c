import Foundation

/// What became of a message that came in.
package enum InboundMailOutcome: String, Codable, Sendable, CaseIterable {
    /// Its answers were applied to the issues, all of them in one change.
    case applied
    /// It was refused: nothing in the domain changed; the sender got a short reply saying so.
    case refused
    /// Automatic mail (an auto-reply, a bounce, a list, our own letter) or one sender too many: recorded,
    /// never answered.
    case ignored
}

/// Why a message was refused or ignored. No detail that could help a forger reaches the reply: a
/// missing, forged or expired token are recorded apart for the operator and worded alike to the sender.
package enum InboundMailReason: String, Codable, Sendable, CaseIterable {
    case noToken = "no_token"
    case forged
    case expired
    /// The token is sound but the letter it names is not in the log.
    case unknownLetter = "unknown_letter"
    /// An answer named an item the letter did not have, or an issue the token was not made for.
    case otherIssue = "other_issue"
    /// The issue's current stage does not allow the answer (or the domain refused it).
    case notAllowed = "not_allowed"
    /// A decision from someone the letter did not ask to decide.
    case notDecider = "not_decider"
    /// No answer could be read.
    case notUnderstood = "not_understood"
    case tooLarge = "too_large"
    case malformed
    case autoSubmitted = "auto_submitted"
    case nullSender = "null_sender"
    case mailingList = "mailing_list"
    case bulk
    case ownLetter = "own_letter"
    /// More messages from one sender within an hour than configured.
    case rateLimited = "rate_limited"
}

/// What an answer asked for, without its words: for the audit trail and `mail received`.
package enum InboundAnswerKind: String, Codable, Sendable, CaseIterable {
    case done, decision
    case workStarted = "work_started"
    case owner
    case feedbackGiven = "feedback_given"
}

/// A message came in by mail and this is what became of it: the fact for the audit trail and
/// `mail received`. No address, no Message-ID and no text of the message: those are personal data and
/// live outside the log (the stream's id is derived from them, which cannot be turned back).
package struct InboundMailReceived: EventPayload {
    package static let eventType = "InboundMailReceived"
    package static let schemaVersion = 1
    package var outcome: InboundMailOutcome
    package var reason: InboundMailReason?
    /// The letter the reply's token named, when it had a sound one.
    package var letter: MailID?
    /// Whom that letter was for: the one who answered.
    package var recipient: RecipientKey?
    /// The answers read (applied ones when applied).
    package var answers: Int
    /// What they asked for, in the reply's order.
    package var asked: [InboundAnswerKind]
    /// The issues the answers concern.
    package var issues: [IssueID]
    /// The command id the answers were applied under (one change, one id).
    package var commandId: UUID?
    /// The confirmation or refusal queued in reply, if any.
    package var reply: MailID?
    package var receivedAt: Timestamp

    package init(
        outcome: InboundMailOutcome, reason: InboundMailReason?, letter: MailID?, recipient: RecipientKey?,
        answers: Int, asked: [InboundAnswerKind], issues: [IssueID], commandId: UUID?, reply: MailID?,
        receivedAt: Timestamp
    ) {
        self.outcome = outcome
        self.reason = reason
        self.letter = letter
        self.recipient = recipient
        self.answers = answers
        self.asked = asked
        self.issues = issues
        self.commandId = commandId
        self.reply = reply
        self.receivedAt = receivedAt
    }
}

/// Everything that can happen to a received message.
package enum InboundMailEvent: Equatable, Sendable {
    case received(InboundMailReceived)

    package var payload: any EventPayload {
        switch self {
        case .received(let p): p
        }
    }
}
