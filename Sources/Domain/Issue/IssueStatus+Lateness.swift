extension IssueStatus {
    /// Whether an issue in this status with this decision can still be late for its due date: open
    /// (``isOpen(outcome:)``) and not yet implemented. Once the work is done only its follow-up is
    /// ahead, and the due date was set for the work, so an implemented issue is never overdue.
    ///
    /// The one definition for the reminder policies; the read models' `status <> 'implemented'` beside
    /// the open condition says the same.
    package func canBeLate(outcome: DecisionOutcome?) -> Bool {
        isOpen(outcome: outcome) && self != .implemented
    }
}
