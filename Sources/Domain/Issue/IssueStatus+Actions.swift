extension IssueStatus {
    /// Whether an issue in this status, with this decision if it has one, allows `action`: the one
    /// table (``IssueStage/allows(_:)``) asked through the status alone, for readers that know only the
    /// status and the outcome (a read model's row, a policy's fact). A merged issue allows nothing.
    package func allows(_ action: IssueAction, outcome: DecisionOutcome?) -> Bool {
        representativeStage(outcome: outcome)?.allows(action) ?? false
    }

    /// A stage with this status and outcome; the table looks at nothing else. `nil` for merged, whose
    /// stage needs the surviving issue.
    private func representativeStage(outcome: DecisionOutcome?) -> IssueStage? {
        // Any day, any text: the table does not look at them.
        guard let day = CalendarDate(year: 2000, month: 1, day: 1) else { return nil }
        let decision = Decision(outcome: outcome ?? .accepted, motivation: "", decidedBy: "", decidedOn: day)
        return switch self {
        case .registered: .registered
        case .inPreparation: .inPreparation
        case .decided: .decided(decision)
        case .inProgress: .inProgress(decision)
        case .implemented: .implemented(decision, implementedOn: day)
        case .verified: .verified(decision, implementedOn: day, verifiedOn: day)
        case .withdrawn: .withdrawn(reason: "")
        case .merged: nil
        case .reopened: .reopened
        }
    }
}
