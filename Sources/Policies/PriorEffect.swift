import Domain

/// An effect already recorded (as an event) on an earlier run: what the engine needs to keep the
/// repeat interval and to tell ledningen only once.
package struct PriorEffect: Hashable, Sendable {
    package var policy: PolicyName
    package var subject: EffectSubject
    /// ``EffectCause/occasion`` as it was recorded.
    package var occasion: String
    package var kind: Effect.Kind
    package var recipient: RecipientKey
    /// The day of the run that recorded it (the organisation's calendar).
    package var on: CalendarDate

    package init(
        policy: PolicyName, subject: EffectSubject, occasion: String, kind: Effect.Kind, recipient: RecipientKey,
        on: CalendarDate
    ) {
        self.policy = policy
        self.subject = subject
        self.occasion = occasion
        self.kind = kind
        self.recipient = recipient
        self.on = on
    }

    /// The record an effect leaves when it happens on `day`.
    package init(_ effect: Effect, on day: CalendarDate) {
        self.init(
            policy: effect.policy, subject: effect.subject, occasion: effect.occasion, kind: effect.kind,
            recipient: effect.recipient, on: day)
    }
}
