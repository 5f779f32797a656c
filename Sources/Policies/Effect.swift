import Domain

/// Something a run of the policies decided to do: remind someone, or tell ledningen. The scheduler
/// records it as an event on ``streamName`` in the same transaction as the message it queues.
///
/// An effect is identified by ``identity`` (policy, subject, occasion, kind, recipient); the engine
/// never returns two with one identity.
package struct Effect: Hashable, Sendable {
    /// A reminder goes to whoever can act; an escalation tells ledningen.
    package enum Kind: String, CaseIterable, Sendable, Codable {
        case reminder
        case escalation
    }

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

    package init(
        kind: Kind, subject: EffectSubject, unitId: UnitID, cause: EffectCause, recipient: RecipientKey,
        remindersBefore: [PriorEffect] = []
    ) {
        self.kind = kind
        self.subject = subject
        self.unitId = unitId
        self.cause = cause
        self.recipient = recipient
        self.remindersBefore = remindersBefore
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
