import Domain

/// The prior effects by cause — (policy, subject, occasion) — built once per run, so each fact costs
/// one dictionary lookup however many issues and effects there are.
struct PriorIndex {
    typealias Key = CauseKey

    /// What was done for one cause.
    struct History {
        /// Reminders, oldest first.
        var reminders: [PriorEffect] = []
        var escalated = false
    }

    private var histories: [Key: History] = [:]

    /// Indexes `prior`, leaving out what was recorded after `today`: a preview of an earlier day sees
    /// the history as it was then.
    init(_ prior: [PriorEffect], upTo today: CalendarDate) {
        for effect in prior where effect.on <= today {
            let key = Key(policy: effect.policy, subject: effect.subject, occasion: effect.occasion)
            switch effect.kind {
            case .reminder: histories[key, default: History()].reminders.append(effect)
            case .escalation: histories[key, default: History()].escalated = true
            }
        }
        for key in histories.keys where histories[key]?.reminders.count ?? 0 > 1 {
            histories[key]?.reminders.sort { ($0.on, $0.recipient.description) < ($1.on, $1.recipient.description) }
        }
    }

    subscript(key: Key) -> History { histories[key] ?? History() }
}
