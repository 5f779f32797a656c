import Domain
import Foundation

/// Open an issue from its first source; the unit defaults to the source's.
package struct OpenIssueParameters: Codable, Sendable, Equatable {
    package var title: String
    package var source: SourceRef
    package var unitId: String?
    package var qualityArea: QualityArea?
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(
        title: String, source: SourceRef, unitId: String? = nil, qualityArea: QualityArea? = nil, commandId: UUID? = nil
    ) {
        self.title = title
        self.source = source
        self.unitId = unitId
        self.qualityArea = qualityArea
        self.commandId = commandId
    }
}

/// Link another source about the same problem.
package struct LinkSourceParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var source: SourceRef
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, source: SourceRef, commandId: UUID? = nil) {
        self.issueId = issueId
        self.source = source
        self.commandId = commandId
    }
}

/// Give an issue an owner: a role or an official.
package struct AssignOwnerParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var owner: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, owner: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.owner = owner
        self.commandId = commandId
    }
}

/// Set or move an issue's due date.
package struct SetDueDateParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var dueDate: CalendarDate
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, dueDate: CalendarDate, commandId: UUID? = nil) {
        self.issueId = issueId
        self.dueDate = dueDate
        self.commandId = commandId
    }
}

/// A lifecycle step that needs nothing but the issue: `StartPreparation`, `StartWork`.
package struct IssueStepParameters: Codable, Sendable, Equatable {
    package var issueId: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.commandId = commandId
    }
}

/// Decide, with a motivation in plain language and who decided.
package struct DecideParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var outcome: DecisionOutcome
    package var motivation: String
    package var decidedBy: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(
        issueId: String, outcome: DecisionOutcome, motivation: String, decidedBy: String, commandId: UUID? = nil
    ) {
        self.issueId = issueId
        self.outcome = outcome
        self.motivation = motivation
        self.decidedBy = decidedBy
        self.commandId = commandId
    }
}

/// The change is carried out.
package struct MarkImplementedParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var summary: String?
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, summary: String? = nil, commandId: UUID? = nil) {
        self.issueId = issueId
        self.summary = summary
        self.commandId = commandId
    }
}

/// Follow-up shows the change works. `withoutKvittens`: why the council or revision group behind the
/// issue was not asked or did not answer; needed when their brukarkvittens is missing.
package struct VerifyParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var note: String?
    package var withoutKvittens: String?
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, note: String? = nil, withoutKvittens: String? = nil, commandId: UUID? = nil) {
        self.issueId = issueId
        self.note = note
        self.withoutKvittens = withoutKvittens
        self.commandId = commandId
    }
}

/// The brukarkvittens of a council (`councilId`) or a revision group (`revisionId`) — exactly one —
/// on an implemented issue: it holds, or it does not (with their words in `text`); `givenOn`
/// defaults to today.
package struct RecordKvittensParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var councilId: String?
    package var revisionId: String?
    package var verdict: KvittensVerdict
    package var text: String?
    package var channel: KvittensChannel
    package var givenOn: CalendarDate?
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(
        issueId: String, councilId: String? = nil, revisionId: String? = nil, verdict: KvittensVerdict,
        text: String? = nil, channel: KvittensChannel, givenOn: CalendarDate? = nil, commandId: UUID? = nil
    ) {
        self.issueId = issueId
        self.councilId = councilId
        self.revisionId = revisionId
        self.verdict = verdict
        self.text = text
        self.channel = channel
        self.givenOn = givenOn
        self.commandId = commandId
    }
}

/// A later finding or proposal shows the same problem again.
package struct ReopenParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var source: SourceRef
    package var reason: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, source: SourceRef, reason: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.source = source
        self.reason = reason
        self.commandId = commandId
    }
}

/// Withdraw an issue, with a reason.
package struct WithdrawParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var reason: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, reason: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.reason = reason
        self.commandId = commandId
    }
}

/// Merge `issueId` into `survivorId`.
package struct MergeParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var survivorId: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, survivorId: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.survivorId = survivorId
        self.commandId = commandId
    }
}

/// Set the participation level (1–5), with a reason.
package struct SetParticipationLevelParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var level: ParticipationLevel
    package var reason: String
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(issueId: String, level: ParticipationLevel, reason: String, commandId: UUID? = nil) {
        self.issueId = issueId
        self.level = level
        self.reason = reason
        self.commandId = commandId
    }
}

/// Feedback owed to a council was given; `givenOn` defaults to today.
package struct GiveFeedbackParameters: Codable, Sendable, Equatable {
    package var issueId: String
    package var councilId: String
    package var occasion: FeedbackOccasion
    package var channel: FeedbackChannel
    package var givenOn: CalendarDate?
    /// Repeating a command with the same id writes nothing new.
    package var commandId: UUID?

    package init(
        issueId: String, councilId: String, occasion: FeedbackOccasion, channel: FeedbackChannel,
        givenOn: CalendarDate? = nil, commandId: UUID? = nil
    ) {
        self.issueId = issueId
        self.councilId = councilId
        self.occasion = occasion
        self.channel = channel
        self.givenOn = givenOn
        self.commandId = commandId
    }
}
