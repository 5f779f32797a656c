/// Feedback a council digest reported: the decision or implementation of one issue, owed since a
/// day. Delivering the digest gives exactly this feedback, and only while it is still owed as reported.
package struct ReportedFeedback: Hashable, Sendable, Codable {
    package var issueId: IssueID
    package var occasion: FeedbackOccasion
    package var owedSince: CalendarDate

    package init(issueId: IssueID, occasion: FeedbackOccasion, owedSince: CalendarDate) {
        self.issueId = issueId
        self.occasion = occasion
        self.owedSince = owedSince
    }

    /// The feedback as the issue owes it now, if it is still the one reported: the same occasion, owed
    /// since the same day (a later decision owes feedback the digest did not tell).
    package func stillOwed(in issue: IssueState?, to council: CouncilID) -> FeedbackDue? {
        guard let due = issue?.owesFeedback(to: council, for: occasion), due.owedSince == owedSince else { return nil }
        return due
    }
}

/// A monthly digest went out: queued as an e-mail, or — for a council without an address — written
/// as a printable letter under the state directory. Recorded once per recipient and month.
package struct DigestSent: EventPayload {
    package static let eventType = "DigestSent"
    package static let schemaVersion = 1
    /// A council, or a unit's ledning. A key, never an address.
    package var recipient: RecipientKey
    /// The month the digest covers.
    package var month: CalendarMonth
    package var sentOn: CalendarDate
    /// The day it should have gone out, when it went out later (the daemon was not running).
    package var lateSince: CalendarDate?
    /// The message in the outbox; `nil` when it was printed instead.
    package var mailId: MailID?
    /// The printable letter's path under the state directory, when the council has no address.
    package var printedAs: String?
    /// How many issues and proposals it reported on.
    package var items: Int
    /// The feedback it gives when delivered (council digests only).
    package var reports: [ReportedFeedback]

    package init(
        recipient: RecipientKey, month: CalendarMonth, sentOn: CalendarDate, lateSince: CalendarDate?, mailId: MailID?,
        printedAs: String?, items: Int, reports: [ReportedFeedback]
    ) {
        self.recipient = recipient
        self.month = month
        self.sentOn = sentOn
        self.lateSince = lateSince
        self.mailId = mailId
        self.printedAs = printedAs
        self.items = items
        self.reports = reports
    }
}

/// The digest's e-mail was delivered, and the feedback it reported was recorded as given on its
/// issues (channel `digest`) — the part of it that was still owed as reported.
package struct DigestFeedbackRecorded: EventPayload {
    package static let eventType = "DigestFeedbackRecorded"
    package static let schemaVersion = 1
    package var deliveredOn: CalendarDate
    /// What was recorded as given; the rest had been given some other way meanwhile.
    package var cleared: [ReportedFeedback]

    package init(deliveredOn: CalendarDate, cleared: [ReportedFeedback]) {
        self.deliveredOn = deliveredOn
        self.cleared = cleared
    }
}

/// Everything that can happen to a digest.
package enum DigestEvent: Equatable, Sendable {
    case sent(DigestSent)
    case feedbackRecorded(DigestFeedbackRecorded)

    package var payload: any EventPayload {
        switch self {
        case .sent(let p): p
        case .feedbackRecorded(let p): p
        }
    }
}
