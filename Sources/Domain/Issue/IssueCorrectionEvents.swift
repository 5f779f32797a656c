// Corrections (rättelser) of an issue's recorded facts. Each keeps the corrected free text under the
// same JSON key as the field it corrects (`title`, `motivation`), and why under `reason`: erasure finds
// every copy of a field by its key.

/// The issue's title was recorded wrongly and is corrected.
package struct IssueRetitled: EventPayload {
    package static let eventType = "IssueRetitled"
    package static let schemaVersion = 1
    package var title: String
    package var reason: String
    package var correctedOn: CalendarDate
    package init(title: String, reason: String, correctedOn: CalendarDate) {
        self.title = title
        self.reason = reason
        self.correctedOn = correctedOn
    }
}

/// The decision in force was recorded wrongly (outcome, motivation or decider) and is corrected,
/// before the work began. The day it was decided stays.
package struct IssueDecisionCorrected: EventPayload {
    package static let eventType = "IssueDecisionCorrected"
    package static let schemaVersion = 1
    package var outcome: DecisionOutcome
    package var motivation: String
    package var decidedBy: String
    package var reason: String
    package var correctedOn: CalendarDate
    package init(
        outcome: DecisionOutcome, motivation: String, decidedBy: String, reason: String, correctedOn: CalendarDate
    ) {
        self.outcome = outcome
        self.motivation = motivation
        self.decidedBy = decidedBy
        self.reason = reason
        self.correctedOn = correctedOn
    }
}

/// The due date was recorded wrongly and is corrected: not a new plan, a wrong record put right.
package struct IssueDueDateCorrected: EventPayload {
    package static let eventType = "IssueDueDateCorrected"
    package static let schemaVersion = 1
    package var dueDate: CalendarDate
    package var reason: String
    package var correctedOn: CalendarDate
    package init(dueDate: CalendarDate, reason: String, correctedOn: CalendarDate) {
        self.dueDate = dueDate
        self.reason = reason
        self.correctedOn = correctedOn
    }
}

/// The owner was recorded wrongly and is corrected: not a handover, a wrong record put right.
package struct IssueOwnerCorrected: EventPayload {
    package static let eventType = "IssueOwnerCorrected"
    package static let schemaVersion = 1
    package var owner: String
    package var reason: String
    package var correctedOn: CalendarDate
    package init(owner: String, reason: String, correctedOn: CalendarDate) {
        self.owner = owner
        self.reason = reason
        self.correctedOn = correctedOn
    }
}
