import Domain

/// What the policies need to know about one issue: one row of a set-based read-model query.
///
/// The query may hand over every issue that is open or still owes feedback; the engine decides what
/// is open with the domain's ``IssueStatus/isOpen(outcome:)``, so a closed issue in the list is
/// harmless. Feedback still owed counts even when the issue is closed: a rejected proposal's council
/// is owed an answer most of all.
package struct IssueFact: Sendable, Equatable {
    package var id: IssueID
    package var unitId: UnitID
    package var title: String
    package var status: IssueStatus
    /// The decision in force (`issue_status.outcome`); `nil` before a decision and after reopening.
    package var outcome: DecisionOutcome?
    /// The owner's role or title as written on the issue; `nil` when it has none.
    package var owner: String?
    package var registeredOn: CalendarDate
    package var dueDate: CalendarDate?
    /// The day of the issue's last event of its own. Reminders recorded on the issue's stream must not
    /// count here, or a reminder would end the staleness it reports.
    package var lastEventOn: CalendarDate
    /// Feedback still owed to councils (the `feedback_owed` read model), each since a day.
    package var feedbackOwed: [FeedbackDue]
    /// Since when the council or revision group behind the implemented issue is asked for its
    /// brukarkvittens (`issue_status.kvittens_asked_since`); nil when nobody is asked, or all answered.
    package var kvittensAskedSince: CalendarDate?

    package init(
        id: IssueID, unitId: UnitID, title: String, status: IssueStatus, outcome: DecisionOutcome?, owner: String?,
        registeredOn: CalendarDate, dueDate: CalendarDate?, lastEventOn: CalendarDate, feedbackOwed: [FeedbackDue] = [],
        kvittensAskedSince: CalendarDate? = nil
    ) {
        self.kvittensAskedSince = kvittensAskedSince
        self.id = id
        self.unitId = unitId
        self.title = title
        self.status = status
        self.outcome = outcome
        self.owner = owner
        self.registeredOn = registeredOn
        self.dueDate = dueDate
        self.lastEventOn = lastEventOn
        self.feedbackOwed = feedbackOwed
    }

    /// Work or a decision is still ahead: the domain's one definition.
    package var isOpen: Bool { status.isOpen(outcome: outcome) }

    /// A decision is in force.
    package var isDecided: Bool { outcome != nil }
}
