import Domain

/// One run's effects as messages: one per recipient (DESIGN §5, "one message per recipient per
/// run"), so an owner with three late issues gets one letter listing three, not three letters.
package struct MessagePlan: Sendable, Equatable {
    /// What one recipient is told in one run.
    package struct Message: Sendable, Equatable {
        package var recipient: RecipientKey
        /// In the run's order.
        package var effects: [Effect]

        package init(recipient: RecipientKey, effects: [Effect]) {
            self.recipient = recipient
            self.effects = effects
        }

        /// The subjects the message is about, each once, in the order of the effects.
        package var subjects: [EffectSubject] {
            var seen = Set<EffectSubject>()
            return effects.map(\.subject).filter { seen.insert($0).inserted }
        }

        /// An escalation when it tells ledningen; a reminder otherwise. Ledningen is only ever told, and
        /// the others only ever reminded, so a message is never both.
        package var purpose: MailPurpose {
            effects.allSatisfy { $0.kind == .escalation } ? .escalation : .reminder
        }
    }

    /// Recipients in a fixed order: by kind (council, ledning, coordinator, owner), then id.
    package var messages: [Message]

    /// Groups `effects` by recipient, keeping their order within each message.
    package init(effects: [Effect]) {
        var byRecipient: [RecipientKey: [Effect]] = [:]
        for effect in effects { byRecipient[effect.recipient, default: []].append(effect) }
        self.init(byRecipient: byRecipient)
    }

    /// The messages of effects already grouped by recipient, each group in the run's order.
    init(byRecipient: [RecipientKey: [Effect]]) {
        let kinds = RecipientKey.Kind.allCases
        messages = byRecipient.map { Message(recipient: $0.key, effects: $0.value) }.sorted {
            let left = (kinds.firstIndex(of: $0.recipient.kind) ?? 0, $0.recipient.id)
            let right = (kinds.firstIndex(of: $1.recipient.kind) ?? 0, $1.recipient.id)
            return left < right
        }
    }
}
