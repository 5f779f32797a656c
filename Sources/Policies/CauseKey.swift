import Domain

/// A cause as the policies remember it: a policy, its subject and the occasion. What was done before
/// is kept per cause, and a recorded escalation is open while its cause still holds.
package struct CauseKey: Hashable, Sendable {
    package var policy: PolicyName
    package var subject: EffectSubject
    package var occasion: String

    package init(policy: PolicyName, subject: EffectSubject, occasion: String) {
        self.policy = policy
        self.subject = subject
        self.occasion = occasion
    }
}
