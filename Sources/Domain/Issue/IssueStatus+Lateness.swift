extension IssueStatus {
    /// Whether an issue in this status with this decision can still be late for its due date: open
    /// (``isOpen(outcome:)``) and not yet implemented. Once the work is done only its follow-up is
    /// ahead, and the due date was set for the work, so an implemented issue is never overdue.
    ///
    /// The one definition: the reminder policies, the digests, the agenda and the trace ask it, and
    /// the read models' SQL is generated from it (`ReadModel.lateCondition`).
    package func canBeLate(outcome: DecisionOutcome?) -> Bool {
        isOpen(outcome: outcome) && self != .implemented
    }
}
