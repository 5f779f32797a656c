import Domain
import Foundation

/// Open an issue from its first source; the unit defaults to the source's.
public struct OpenIssueParameters: Codable, Sendable, Equatable {
    public var title: String
    public var source: SourceRef
    public var unitId: String?
    public var qualityArea: QualityArea?
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(title: String, source: SourceRef, unitId: String? = nil, qualityArea: QualityArea? = nil, commandId: UUID? = nil) {
        self.title = title
        self.source = source
        self.unitId = unitId
        self.qualityArea = qualityArea
        self.commandId = commandId
    }
}

/// Link another source about the same problem.
public struct LinkSourceParameters: Codable, Sendable, Equatable {
    public var issueId: String
    public var source: SourceRef
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, source: SourceRef, commandId: UUID? = nil) {
        self.issueId = issueId
        self.source = source
        self.commandId = commandId
    }
}

/// Give an issue an owner: a role or an official.
public struct AssignOwnerParameters: Codable, Sendable, Equatable {
    public var issueId: String
    public var owner: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, owner: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.owner = owner
        self.commandId = commandId
    }
}

/// Set or move an issue's due date.
public struct SetDueDateParameters: Codable, Sendable, Equatable {
    public var issueId: String
    public var dueDate: CalendarDate
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, dueDate: CalendarDate, commandId: UUID? = nil) {
        self.issueId = issueId
        self.dueDate = dueDate
        self.commandId = commandId
    }
}

/// A lifecycle step that needs nothing but the issue: `StartPreparation`, `StartWork`.
public struct IssueStepParameters: Codable, Sendable, Equatable {
    public var issueId: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.commandId = commandId
    }
}

/// Decide, with a motivation in plain language and who decided.
public struct DecideParameters: Codable, Sendable, Equatable {
    public var issueId: String
    public var outcome: DecisionOutcome
    public var motivation: String
    public var decidedBy: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, outcome: DecisionOutcome, motivation: String, decidedBy: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.outcome = outcome
        self.motivation = motivation
        self.decidedBy = decidedBy
        self.commandId = commandId
    }
}

/// The change is carried out.
public struct MarkImplementedParameters: Codable, Sendable, Equatable {
    public var issueId: String
    public var summary: String?
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, summary: String? = nil, commandId: UUID? = nil) {
        self.issueId = issueId
        self.summary = summary
        self.commandId = commandId
    }
}

/// Follow-up shows the change works.
public struct VerifyParameters: Codable, Sendable, Equatable {
    public var issueId: String
    public var note: String?
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, note: String? = nil, commandId: UUID? = nil) {
        self.issueId = issueId
        self.note = note
        self.commandId = commandId
    }
}

/// A later finding or proposal shows the same problem again.
public struct ReopenParameters: Codable, Sendable, Equatable {
    public var issueId: String
    public var source: SourceRef
    public var reason: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, source: SourceRef, reason: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.source = source
        self.reason = reason
        self.commandId = commandId
    }
}

/// Withdraw an issue, with a reason.
public struct WithdrawParameters: Codable, Sendable, Equatable {
    public var issueId: String
    public var reason: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, reason: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.reason = reason
        self.commandId = commandId
    }
}

/// Merge `issueId` into `survivorId`.
public struct MergeParameters: Codable, Sendable, Equatable {
    public var issueId: String
    public var survivorId: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, survivorId: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.survivorId = survivorId
        self.commandId = commandId
    }
}

/// Set the participation level (1–5), with a reason.
public struct SetParticipationLevelParameters: Codable, Sendable, Equatable {
    public var issueId: String
    public var level: ParticipationLevel
    public var reason: String
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, level: ParticipationLevel, reason: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.level = level
        self.reason = reason
        self.commandId = commandId
    }
}

/// Feedback owed to a council was given; `givenOn` defaults to today.
public struct GiveFeedbackParameters: Codable, Sendable, Equatable {
    public var issueId: String
    public var councilId: String
    public var occasion: FeedbackOccasion
    public var channel: FeedbackChannel
    public var givenOn: CalendarDate?
    /// Repeating a command with the same id writes nothing new.
    public var commandId: UUID?

    public init(issueId: String, councilId: String, occasion: FeedbackOccasion, channel: FeedbackChannel, givenOn: CalendarDate? = nil, commandId: UUID? = nil) {
        self.issueId = issueId
        self.councilId = councilId
        self.occasion = occasion
        self.channel = channel
        self.givenOn = givenOn
        self.commandId = commandId
    }
}
