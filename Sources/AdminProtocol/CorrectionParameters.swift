import Domain
import Foundation

/// Correct an issue's title (`RetitleIssue`), with why.
package struct RetitleIssueParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var title: String
    package var reason: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, title: String, reason: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.title = title
        self.reason = reason
        self.commandId = commandId
    }
}

/// Correct the decision in force (`CorrectDecision`), before the work began, with why.
package struct CorrectDecisionParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var outcome: DecisionOutcome
    package var motivation: String
    package var decidedBy: String
    package var reason: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(
        issueId: String, outcome: DecisionOutcome, motivation: String, decidedBy: String, reason: String,
        commandId: UUID? = nil
    ) {
        self.issueId = issueId
        self.outcome = outcome
        self.motivation = motivation
        self.decidedBy = decidedBy
        self.reason = reason
        self.commandId = commandId
    }
}

/// Correct an issue's due date (`CorrectDueDate`), with why; moving the plan is `SetDueDate`.
package struct CorrectDueDateParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var dueDate: CalendarDate
    package var reason: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, dueDate: CalendarDate, reason: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.dueDate = dueDate
        self.reason = reason
        self.commandId = commandId
    }
}

/// Correct an issue's owner (`CorrectOwner`), with why; handing it over is `AssignOwner`.
package struct CorrectOwnerParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var owner: String
    package var reason: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, owner: String, reason: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.owner = owner
        self.reason = reason
        self.commandId = commandId
    }
}

/// Rectify a proposal's text (`AmendProposal`), with why.
package struct AmendProposalParameters: Codable, Sendable, Equatable {
    package var proposalId: String
    package var text: String
    package var reason: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(proposalId: String, text: String, reason: String, commandId: UUID? = nil) {
        self.proposalId = proposalId
        self.text = text
        self.reason = reason
        self.commandId = commandId
    }
}

/// Set a proposal's quality area (`SetProposalArea`); a reason is needed to replace one already set.
package struct SetProposalAreaParameters: Codable, Sendable, Equatable {
    package var proposalId: String
    package var qualityArea: QualityArea
    package var reason: String?
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(proposalId: String, qualityArea: QualityArea, reason: String? = nil, commandId: UUID? = nil) {
        self.proposalId = proposalId
        self.qualityArea = qualityArea
        self.reason = reason
        self.commandId = commandId
    }
}

/// Correct the day a council's meeting was held (`CorrectMeetingDate`), with why.
package struct CorrectMeetingDateParameters: Codable, Sendable, Equatable {
    package var councilId: String
    package var meetingId: String
    package var heldOn: CalendarDate
    package var reason: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(councilId: String, meetingId: String, heldOn: CalendarDate, reason: String, commandId: UUID? = nil) {
        self.councilId = councilId
        self.meetingId = meetingId
        self.heldOn = heldOn
        self.reason = reason
        self.commandId = commandId
    }
}
