import Domain

extension Effect {
    /// The event that records the effect on its subject's stream, sent in message `mailId` by the run
    /// of `day`.
    package func event(mailId: MailID, on day: CalendarDate) -> DomainEvent {
        var councilId: CouncilID?
        if case .feedbackOwed(let due) = cause { councilId = due.councilId }
        var actionItemId: ActionItemID?
        if case .actionItem(let id, _) = subject { actionItemId = id }
        let record = PolicyEffectRecord(
            policy: policy, occasion: occasion, since: since, councilId: councilId, actionItemId: actionItemId,
            recipient: recipient, mailId: mailId, on: day, lateSince: lateSince,
            remindedBefore: kind == .escalation
                ? remindersBefore.map { PolicyEffectRecord.EarlierReminder(recipient: $0.recipient, on: $0.on) } : [])
        switch (subject, kind) {
        case (.issue(let id), .reminder): return .issue(id, .reminderSent(IssueReminderSent(record)))
        case (.issue(let id), .escalation): return .issue(id, .escalationSent(IssueEscalationSent(record)))
        case (.actionItem(_, let id), .reminder), (.certification(let id), .reminder):
            return .certification(id, .reminderSent(CertificationReminderSent(record)))
        case (.actionItem(_, let id), .escalation), (.certification(let id), .escalation):
            return .certification(id, .escalationSent(CertificationEscalationSent(record)))
        }
    }
}
