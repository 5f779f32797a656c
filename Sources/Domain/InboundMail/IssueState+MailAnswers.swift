extension IssueState {
    /// Whether a decision may come by mail from whom a letter went to: the ones the no-decision
    /// reminders ask — the issue's owner (its role or title, matched as keys are) and the unit's
    /// ledning. A council or a coordinator may be told of a decision, never make one by replying.
    package func decidesByMail(_ recipient: RecipientKey) -> Bool {
        switch recipient {
        case .management(let unit): unit == unitId
        case .owner: owner.map { (try? RecipientKey(kind: .owner, id: $0)) == recipient } ?? false
        case .council, .coordinator, .sender: false
        }
    }
}
