extension IssueStatus {
    /// Whether an issue in this status closes the action item behind it: its work is done (carried
    /// out, or also followed up) or dropped (withdrawn). The plan's open items are the others, and the
    /// action-item reminders stop here.
    package var closesActionItem: Bool {
        switch self {
        case .implemented, .verified, .withdrawn: true
        default: false
        }
    }

    /// Whether the work the issue asked for has been carried out (followed up or not): an action
    /// item counted as done.
    package var isCarriedOut: Bool {
        switch self {
        case .implemented, .verified: true
        default: false
        }
    }

    /// Whether an issue in this status counts in the statistics: a merged one lives on in the issue
    /// it was merged into.
    package var countsInStatistics: Bool { self != .merged }
}

/// The key figure of återkoppling: a decided issue's councils should hear of the decision within
/// this many days (`feedbackWithin30DaysShare` in the statistics).
package enum FeedbackPromptness {
    package static let days: Int32 = 30
}
