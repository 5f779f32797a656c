import Domain
import Policies

extension ReminderNames {
    /// Keeps from one page of a run's facts what its letters name: the issues and action items some of
    /// `effects` are about. The rest of the page is not needed once its effects are known.
    package mutating func remember(_ facts: PolicyFacts, namedBy effects: [Effect]) {
        var named = Set<EffectSubject>()
        for effect in effects { named.insert(effect.subject) }
        for issue in facts.issues where issues[issue.id] == nil && named.contains(.issue(issue.id)) {
            issues[issue.id] = issue
        }
        for item in facts.actionItems
        where actionItems[item.id] == nil && named.contains(.actionItem(item.id, item.certificationId)) {
            actionItems[item.id] = item
        }
    }
}
