import Domain

extension Effect {
    /// The command that records the effect on its subject, sent in message `mailId` by the run of
    /// `day`. The subject's aggregate decides whether it still applies (an issue closed since the facts
    /// were read records nothing).
    package func command(mailId: MailID, on day: CalendarDate) -> DomainCommand {
        var councilId: CouncilID?
        if case .feedbackOwed(let due) = cause { councilId = due.councilId }
        var actionItemId: ActionItemID?
        if case .actionItem(let id, _) = subject { actionItemId = id }
        let record = PolicyEffectRecord(
            policy: policy, occasion: occasion, since: since, councilId: councilId, actionItemId: actionItemId,
            recipient: recipient, mailId: mailId, on: day, lateSince: lateSince,
            remindedBefore: kind == .escalation
                ? remindersBefore.map { PolicyEffectRecord.EarlierReminder(recipient: $0.recipient, on: $0.on) } : [])
        switch subject {
        case .issue(let id): return .issue(id, .recordPolicyEffect(kind, record))
        case .actionItem(_, let id), .certification(let id):
            return .certification(id, .recordPolicyEffect(kind, record))
        }
    }
}
