/// The rules of one monthly digest (one recipient, one month): it is sent once, and the feedback it
/// reported is recorded once, after its e-mail was delivered, and only for what it reported.
package enum DigestAggregate: Aggregate {
    package typealias ID = DigestID

    package typealias State = DigestState?

    package enum Command: Equatable, Sendable {
        case send(DigestSent)
        case recordFeedback(DigestFeedbackRecorded)
    }

    package static let initialState: DigestState? = nil

    package static func decide(_ command: Command, _ state: DigestState?, _ context: DecisionContext)
        throws(DomainError) -> [DigestEvent]
    {
        switch command {
        case .send(let digest):
            if let state {
                throw DomainError(
                    .alreadyExists,
                    "Månadsbrevet för \(state.sent.month) har redan gått till \(state.sent.recipient) (\(state.sent.sentOn))."
                )
            }
            guard (digest.mailId == nil) != (digest.printedAs == nil) else {
                throw DomainError(.incomplete, "Ett månadsbrev skickas antingen som e-post eller som utskrivet brev.")
            }
            if !digest.reports.isEmpty, digest.recipient.kind != .council {
                throw DomainError(.invalidRecipient, "Bara ett råds månadsbrev ger återkoppling.")
            }
            return [.sent(digest)]
        case .recordFeedback(let recorded):
            guard let state else { throw DomainError(.notFound, "Det finns inget sådant månadsbrev.") }
            guard state.sent.mailId != nil else {
                throw DomainError(
                    .transitionNotAllowed,
                    "Månadsbrevet skrevs ut. Återkopplingen registreras när samordnaren har lämnat det.")
            }
            guard !state.feedbackRecorded else {
                throw DomainError(.alreadyExists, "Återkopplingen från månadsbrevet är redan registrerad.")
            }
            guard Set(recorded.cleared).isSubset(of: Set(state.sent.reports)) else {
                throw DomainError(.feedbackNotOwed, "Månadsbrevet tog inte upp allt som skulle registreras.")
            }
            guard recorded.deliveredOn >= state.sent.sentOn else {
                throw DomainError(.dateTooEarly, "Brevet kan inte ha kommit fram före \(state.sent.sentOn).")
            }
            return [.feedbackRecorded(recorded)]
        }
    }

    package static func evolve(_ state: DigestState?, _ event: DigestEvent) -> DigestState? {
        switch event {
        case .sent(let sent): DigestState(sent: sent, feedbackRecorded: false)
        case .feedbackRecorded: state.map { DigestState(sent: $0.sent, feedbackRecorded: true) }
        }
    }
}
