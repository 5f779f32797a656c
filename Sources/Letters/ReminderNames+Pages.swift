import Domain
import Policies

extension ReminderNames {
    /// Keeps from one page of a run's facts what its letters name: the issues and action items some of
    /// `effects` are about, and the issues that action items already kept went into (a letter about an
    /// item says what its issue's stage needs next). The rest of the page is not needed once its
    /// effects are known.
    ///
    /// Action items must come in a page before the issues' pages (as
    /// `ReadModel.forEachPolicyPage(size:_:)` reads them), so that their issues are known when those
    /// pages come. What is owed as feedback is left out: the effects carry it, the names do not need it.
    package mutating func remember(_ facts: PolicyFacts, namedBy effects: [Effect]) {
        var named = Set<EffectSubject>()
        for effect in effects { named.insert(effect.subject) }
        for item in facts.actionItems
        where actionItems[item.id] == nil && named.contains(.actionItem(item.id, item.certificationId)) {
            actionItems[item.id] = item
        }
        guard !facts.issues.isEmpty else { return }
        let ofItems = Set(actionItems.values.compactMap(\.issueId))
        for issue in facts.issues
        where issues[issue.id] == nil && (named.contains(.issue(issue.id)) || ofItems.contains(issue.id)) {
            var kept = issue
            kept.feedbackOwed = []
            issues[issue.id] = kept
        }
    }
}
