import Domain

/// Something a run of the policies decided to do: remind someone, or tell ledningen. The scheduler
/// records it as an event on ``streamName`` in the same transaction as the message it queues.
///
/// An effect is identified by ``identity`` (policy, subject, occasion, kind, recipient); the engine
/// never returns two with one identity.
package struct Effect: Hashable, Sendable {
    /// A reminder goes to whoever can act; an escalation tells ledningen.
    package typealias Kind = PolicyEffectKind

    /// What identifies an effect: the same identity on the same day is the same effect.
    package struct Identity: Hashable, Sendable, CustomStringConvertible {
        package var policy: PolicyName
        package var subject: EffectSubject
        package var occasion: String
        package var kind: Kind
        package var recipient: RecipientKey

        /// `policy|subject|occasion|kind|recipient`, e.g. for an idempotency key together with the day.
        package var description: String {
            "\(policy.rawValue)|\(subject)|\(occasion)|\(kind.rawValue)|\(recipient)"
        }
    }

    package var kind: Kind
    package var subject: EffectSubject
    /// The unit the subject belongs to: whose coordinator and ledning are meant.
    package var unitId: UnitID
    package var cause: EffectCause
    package var recipient: RecipientKey
    /// The reminders for the same cause before this effect, oldest first, including one made in the
    /// same run. An escalation tells ledningen who was reminded and when.
    package var remindersBefore: [PriorEffect]
    /// The first day the effect was due: the day its cause began to hold, the last reminder's day plus
    /// `repeat_days`, or the first reminder's day plus `escalate_after_days`. Earlier than the run's day
    /// when the run makes up for days it did not run.
    package var dueOn: CalendarDate
    /// Set by the scheduler when the effect goes out late because the daemon was not running on
    /// ``dueOn`` (see ``Effect/lateness(dueOn:lastScheduledDay:today:)``); the letter says so.
    package var lateSince: CalendarDate?
    /// Set by the engine when the effect fell due on a holiday or in a closed period and goes out on
    /// the first working day after it, because letters wait for working days; the letter says so.
    package var waitedFor: NonWorkingReason?
    /// How ``dueOn`` was counted, when it was counted in working days: the letter says so ("Så räknades
    /// datumet: 10 arbetsdagar från 2027-05-20, utan Kristi himmelsfärd: 2027-06-04"). Calendar days
    /// need no explanation and leave it nil.
    package var explained: ComputedDate?

    package init(
        kind: Kind, subject: EffectSubject, unitId: UnitID, cause: EffectCause, recipient: RecipientKey,
        remindersBefore: [PriorEffect] = [], dueOn: CalendarDate, lateSince: CalendarDate? = nil
    ) {
        self.kind = kind
        self.subject = subject
        self.unitId = unitId
        self.cause = cause
        self.recipient = recipient
        self.remindersBefore = remindersBefore
        self.dueOn = dueOn
        self.lateSince = lateSince
    }

    package var policy: PolicyName { cause.policy }
    /// See ``EffectCause/occasion``.
    package var occasion: String { cause.occasion }
    /// When the cause began (see ``EffectCause/since``).
    package var since: CalendarDate { cause.since }
    /// The subject's stream, where the effect's event belongs.
    package var streamName: String { subject.streamName }

    package var identity: Identity {
        Identity(policy: policy, subject: subject, occasion: occasion, kind: kind, recipient: recipient)
    }
}

extension Effect {
    /// The day an effect should have gone out, when a run on `today` is late with it: it fell due
    /// after the last scheduled run and before today, so the daemon was not running when it was due.
    /// An effect due on or before the last scheduled run (a threshold changed, a fact arrived late) and
    /// every effect of the first run ever are not late: no run missed them.
    package static func lateness(dueOn: CalendarDate, lastScheduledDay: CalendarDate?, today: CalendarDate)
        -> CalendarDate?
    {
        guard let last = lastScheduledDay, dueOn > last, dueOn < today else { return nil }
        return dueOn
    }
}
