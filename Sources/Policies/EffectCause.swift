import Domain

/// Why an effect happens: the policy and the facts that made it fire, which the effect's event
/// records and the message tells.
///
/// ``occasion`` names the cause for good. While it stays the same, the engine remembers what was
/// already done for it (reminders repeat only after `repeat_days`, ledningen is told once); when the
/// fact behind it changes (a new due date, a new event, feedback owed anew), it is a new occasion.
package enum EffectCause: Hashable, Sendable {
    /// No owner; counted from registration.
    case noOwner(registeredOn: CalendarDate)
    /// No decision; counted from registration (also after reopening, when the issue waits again).
    case noDecision(registeredOn: CalendarDate)
    /// The due date is near.
    case dueSoon(dueDate: CalendarDate)
    /// The due date has passed.
    case overdue(dueDate: CalendarDate)
    /// Feedback owed to a council, for a decision or an implementation, since a day.
    case feedbackOwed(FeedbackDue)
    /// Nothing has happened since the last event.
    case stale(lastEventOn: CalendarDate)
    /// An action item is due soon or overdue.
    case actionItemDue(dueDate: CalendarDate)
    /// A certificate is about to expire, or has, with no renewal started.
    case certificationExpiry(validUntil: CalendarDate)
    /// An implemented issue whose council or revision group has been asked for a brukarkvittens since a day.
    case kvittensAwaited(askedSince: CalendarDate)

    package var policy: PolicyName {
        switch self {
        case .noOwner: .noOwner
        case .noDecision: .noDecision
        case .dueSoon: .dueSoon
        case .overdue: .overdue
        case .feedbackOwed: .feedbackOwed
        case .stale: .stale
        case .actionItemDue: .actionItemDue
        case .certificationExpiry: .certificationExpiry
        case .kvittensAwaited: .kvittensAwaited
        }
    }

    /// The day the cause counts from: registration, the due date, the day feedback became owed, the
    /// last event, the certificate's last valid day.
    package var since: CalendarDate {
        switch self {
        case .noOwner(let day), .noDecision(let day), .dueSoon(let day), .overdue(let day), .stale(let day),
            .actionItemDue(let day), .certificationExpiry(let day), .kvittensAwaited(let day):
            day
        case .feedbackOwed(let due): due.owedSince
        }
    }

    /// A stable string for the occasion: the policy's name and the day it counts from, e.g.
    /// `overdue:2026-05-31`; for feedback also the council and what it is owed for:
    /// `feedback_owed:<council id>:decision:2026-02-23` (a decision and an implementation may both be
    /// owed, even from the same day). Recorded in events: never change the form.
    package var occasion: String {
        switch self {
        case .feedbackOwed(let due):
            "\(policy.rawValue):\(due.councilId):\(due.occasion.rawValue):\(due.owedSince)"
        default:
            "\(policy.rawValue):\(since)"
        }
    }
}
