extension IssueAggregate {
    /// A reminder or escalation is recorded only while its cause still holds. The policies decided it
    /// from read models that may lag behind the issue: an issue closed (or its feedback given) a moment
    /// before the run records nothing, and its letter is not sent.
    static func policyEffect(_ kind: PolicyEffectKind, _ record: PolicyEffectRecord, _ state: IssueState)
        -> [IssueEvent]
    {
        guard stillCalledFor(record, state) else { return [] }
        switch kind {
        case .reminder: return [.reminderSent(IssueReminderSent(record))]
        case .escalation: return [.escalationSent(IssueEscalationSent(record))]
        }
    }

    /// Whether the cause of `record` still holds: feedback still owed to its council, or — for every
    /// other policy — the issue still open (``IssueStatus/isOpen(outcome:)``); for `kvittens_awaited`
    /// a brukarkvittens still awaited.
    package static func stillCalledFor(_ record: PolicyEffectRecord, _ state: IssueState) -> Bool {
        if record.policy == .kvittensAwaited { return !state.kvittensAwaited.isEmpty }
        if record.policy == .feedbackOwed, let council = record.councilId {
            return state.feedbackOwed.contains { $0.councilId == council }
        }
        return state.stage.status.isOpen(outcome: state.decision?.outcome)
    }
}
