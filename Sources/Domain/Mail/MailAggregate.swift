import Foundation

/// The rules of the outbox: a message is queued once, delivered at most once as far as the log knows,
/// retried after temporary failures until the policy gives up, held while its recipient has no address.
/// State is `nil` until the message is queued.
package enum MailAggregate: Aggregate {
    package typealias ID = MailID
    package static let initialState: MailState? = nil

    package static func decide(_ command: MailCommand, _ state: MailState?, _ context: DecisionContext)
        throws(DomainError) -> [MailEvent]
    {
        let now = Timestamp(context.now)
        switch command {
        case .queue(let recipient, let purpose, let subject, let text, let html, let regarding, let answerable):
            guard state == nil else { throw DomainError(.alreadyExists, "Meddelandet finns redan i utkorgen.") }
            try check(answerable)
            return [
                .queued(
                    MailQueued(
                        recipient: recipient, purpose: purpose, subject: try subjectLine(subject),
                        text: try body(text, "Meddelandets text"),
                        html: try html.map { html throws(DomainError) in try body(html, "Meddelandets HTML-del") },
                        regarding: regarding, queuedAt: now, answerable: answerable))
            ]
        case .recordAttempt(let outcome, let policy, let jitter):
            let state = try existing(state)
            try requireUndelivered(state)
            guard state.stage.name != .failed, state.stage.name != .givenUp else {
                throw DomainError(
                    .transitionNotAllowed,
                    "Meddelandet väntar på att någon ber om ett nytt försök; det skickas inte nu.")
            }
            let attempt = state.attempts + 1
            switch outcome {
            case .accepted:
                return [.delivered(MailDelivered(attempt: attempt, at: now))]
            case .permanentFailure(let reason):
                return [.deliveryFailed(MailDeliveryFailed(attempt: attempt, at: now, reason: reason, retryAt: nil))]
            case .temporaryFailure(let reason):
                let retryAt = now.adding(seconds: policy.delay(afterAttempt: attempt, jitter: jitter))
                if retryAt.date.timeIntervalSince(state.message.queuedAt.date) > policy.giveUpAfter {
                    return [
                        .deliveryFailed(MailDeliveryFailed(attempt: attempt, at: now, reason: reason, retryAt: nil)),
                        .givenUp(MailGivenUp(at: now)),
                    ]
                }
                return [
                    .deliveryFailed(MailDeliveryFailed(attempt: attempt, at: now, reason: reason, retryAt: retryAt))
                ]
            }
        case .hold:
            let state = try existing(state)
            try requireUndelivered(state)
            guard case .due = state.stage else { return [] }
            return [.held(MailHeld(at: now))]
        case .retry:
            let state = try existing(state)
            try requireUndelivered(state)
            if case .due(_, nil) = state.stage {
                throw DomainError(.unchanged, "Meddelandet står redan i kö och skickas så snart det kan.")
            }
            return [.retryRequested(MailRetryRequested(at: now))]
        }
    }

    package static func evolve(_ state: MailState?, _ event: MailEvent) -> MailState? {
        if case .queued(let queued) = event {
            return MailState(message: queued, attempts: 0, stage: .due(at: queued.queuedAt, lastError: nil))
        }
        guard var state else { return nil }
        switch event {
        case .queued:
            break
        case .delivered(let e):
            state.attempts = e.attempt
            state.stage = .delivered(at: e.at)
        case .deliveryFailed(let e):
            state.attempts = e.attempt
            state.stage = e.retryAt.map { .due(at: $0, lastError: e.reason) } ?? .failed(at: e.at, reason: e.reason)
        case .held(let e):
            state.stage = .held(since: e.at)
        case .givenUp(let e):
            if case .failed(_, let reason) = state.stage { state.stage = .givenUp(at: e.at, reason: reason) }
        case .retryRequested(let e):
            state.stage = .due(at: e.at, lastError: nil)
        }
        return state
    }

    private static func existing(_ state: MailState?) throws(DomainError) -> MailState {
        guard let state else { throw DomainError(.notFound, "Meddelandet finns inte i utkorgen.") }
        return state
    }

    private static func requireUndelivered(_ state: MailState) throws(DomainError) {
        if case .delivered(let at) = state.stage {
            throw DomainError(
                .transitionNotAllowed,
                "Meddelandet lämnades till e-postprogrammet \(at.description) och skickas inte igen.")
        }
    }

    /// Each item number once, within ``AnswerableItem/numbers``: a reply's "KLART 2" must lead to one
    /// issue.
    private static func check(_ answerable: [AnswerableItem]) throws(DomainError) {
        var seen = Set<Int>()
        for item in answerable {
            guard AnswerableItem.numbers.contains(item.number) else {
                throw DomainError(
                    .invalidNumber,
                    "Punkt \(item.number) kan inte besvaras: punkterna numreras från 1 till \(AnswerableItem.numbers.upperBound)."
                )
            }
            guard seen.insert(item.number).inserted else {
                throw DomainError(.duplicate, "Punkt \(item.number) står två gånger bland punkterna som kan besvaras.")
            }
        }
    }

    /// A subject is one line, no longer than a name (``DomainLimits/nameLength``).
    private static func subjectLine(_ subject: String) throws(DomainError) -> String {
        try Validation.text(subject, "Ämnesraden", .name)
    }

    private static func body(_ text: String, _ what: String) throws(DomainError) -> String {
        guard !DomainLimits.hasControlCharacters(text) else {
            throw DomainError(.invalidCharacters, "\(what) innehåller ett osynligt styrtecken (till exempel NUL).")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DomainError(.blankText, "\(what) saknas.")
        }
        guard text.utf8.count <= DomainLimits.mailBodyBytes else {
            throw DomainError(.textTooLong, "\(what) är längre än \(DomainLimits.mailBodyBytes) byte.")
        }
        return text
    }
}
