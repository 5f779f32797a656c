import Domain
import Foundation

/// One issue in a list: what a coordinator scans for.
package struct IssueSummary: Codable, Sendable, Equatable {
    package var id: IssueID
    package var title: String
    package var status: IssueStatus
    package var outcome: DecisionOutcome?
    package var owner: String?
    package var dueDate: CalendarDate?
    package var unitId: UnitID
    package var unitName: String
    package var qualityArea: QualityArea?
    package var participationLevel: Int?
    package var sourceKinds: [String]
    package var councilIds: [CouncilID]
    package var feedbackOwedCount: Int
    package var registeredOn: CalendarDate
    package var lastEventOn: CalendarDate
    package var daysSinceLastEvent: Int
    package var isOverdue: Bool
    package var isStale: Bool

    package init(
        id: IssueID, title: String, status: IssueStatus, outcome: DecisionOutcome? = nil, owner: String? = nil,
        dueDate: CalendarDate? = nil, unitId: UnitID, unitName: String, qualityArea: QualityArea? = nil,
        participationLevel: Int? = nil, sourceKinds: [String], councilIds: [CouncilID], feedbackOwedCount: Int,
        registeredOn: CalendarDate, lastEventOn: CalendarDate, daysSinceLastEvent: Int, isOverdue: Bool,
        isStale: Bool
    ) {
        self.id = id
        self.title = title
        self.status = status
        self.outcome = outcome
        self.owner = owner
        self.dueDate = dueDate
        self.unitId = unitId
        self.unitName = unitName
        self.qualityArea = qualityArea
        self.participationLevel = participationLevel
        self.sourceKinds = sourceKinds
        self.councilIds = councilIds
        self.feedbackOwedCount = feedbackOwedCount
        self.registeredOn = registeredOn
        self.lastEventOn = lastEventOn
        self.daysSinceLastEvent = daysSinceLastEvent
        self.isOverdue = isOverdue
        self.isStale = isStale
    }
}

extension IssueSummary {
    /// Whether work or a decision is still ahead: not verified, withdrawn, merged or rejected.
    package var isOpen: Bool { status.isOpen(outcome: outcome) }
}

/// Everything about one issue.
package struct IssueDetail: Codable, Sendable, Equatable {
    package var summary: IssueSummary
    package var motivation: String?
    package var decidedBy: String?
    package var decidedOn: CalendarDate?
    package var participationReason: String?
    package var mergedInto: IssueID?
    package var sources: [SourceReference]
    package var feedbackOwed: [OwedFeedback]
    /// The reminders and escalations sent about the issue, oldest first.
    package var effects: [SentEffect]
    /// When ledningen will be told if nothing changes: the first reminder of a cause that still holds,
    /// plus its policy's `escalate_after_days`. Set by the server, which knows the policies.
    package var pendingEscalation: CalendarDate?
    /// How ``pendingEscalation`` was reached, in Swedish: "14 arbetsdagar från första påminnelsen
    /// 2027-05-20, utan midsommar: 2027-06-11". Set by the server with it.
    package var pendingEscalationExplained: String?
    /// Since when the councils and revision groups behind the implemented issue are asked for their
    /// brukarkvittens, and who has not answered (names; "revisionsgruppen" for a revision's group).
    package var kvittensAskedSince: CalendarDate?
    package var kvittensAwaitedFrom: [String]
    /// Why the issue was followed up without a brukarkvittens, if it was.
    package var verifiedWithoutKvittens: String?

    package init(
        summary: IssueSummary, motivation: String? = nil, decidedBy: String? = nil, decidedOn: CalendarDate? = nil,
        participationReason: String? = nil, mergedInto: IssueID? = nil, sources: [SourceReference],
        feedbackOwed: [OwedFeedback], effects: [SentEffect] = [], pendingEscalation: CalendarDate? = nil
    ) {
        self.summary = summary
        self.motivation = motivation
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
        self.participationReason = participationReason
        self.mergedInto = mergedInto
        self.sources = sources
        self.feedbackOwed = feedbackOwed
        self.effects = effects
        self.pendingEscalation = pendingEscalation
        self.kvittensAwaitedFrom = []
    }

    private enum CodingKeys: String, CodingKey {
        case summary, motivation, decidedBy, decidedOn, participationReason, mergedInto, sources, feedbackOwed
        case effects, pendingEscalation, pendingEscalationExplained
        case kvittensAskedSince, kvittensAwaitedFrom, verifiedWithoutKvittens
    }

    /// `effects` may be missing: a daemon from before the reminders does not send it.
    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        summary = try c.decode(IssueSummary.self, forKey: .summary)
        motivation = try c.decodeIfPresent(String.self, forKey: .motivation)
        decidedBy = try c.decodeIfPresent(String.self, forKey: .decidedBy)
        decidedOn = try c.decodeIfPresent(CalendarDate.self, forKey: .decidedOn)
        participationReason = try c.decodeIfPresent(String.self, forKey: .participationReason)
        mergedInto = try c.decodeIfPresent(IssueID.self, forKey: .mergedInto)
        sources = try c.decode([SourceReference].self, forKey: .sources)
        feedbackOwed = try c.decode([OwedFeedback].self, forKey: .feedbackOwed)
        effects = try c.decodeIfPresent([SentEffect].self, forKey: .effects) ?? []
        pendingEscalation = try c.decodeIfPresent(CalendarDate.self, forKey: .pendingEscalation)
        pendingEscalationExplained = try c.decodeIfPresent(String.self, forKey: .pendingEscalationExplained)
        kvittensAskedSince = try c.decodeIfPresent(CalendarDate.self, forKey: .kvittensAskedSince)
        kvittensAwaitedFrom = try c.decodeIfPresent([String].self, forKey: .kvittensAwaitedFrom) ?? []
        verifiedWithoutKvittens = try c.decodeIfPresent(String.self, forKey: .verifiedWithoutKvittens)
    }
}

/// A proposal, finding or action item, with its text and where it came from.
package struct SourceReference: Codable, Sendable, Equatable {
    package var kind: String
    package var id: String
    package var text: String
    /// The council, revision or certification it belongs to, in words.
    package var origin: String
    package var date: CalendarDate?
    /// When a council withdrew its proposal (the day it was recorded), who recorded it, and why; set
    /// by the trace only.
    package var withdrawnOn: CalendarDate?
    package var withdrawnBy: String?
    package var withdrawnReason: String?

    package init(
        kind: String, id: String, text: String, origin: String, date: CalendarDate? = nil,
        withdrawnOn: CalendarDate? = nil, withdrawnBy: String? = nil, withdrawnReason: String? = nil
    ) {
        self.kind = kind
        self.id = id
        self.text = text
        self.origin = origin
        self.date = date
        self.withdrawnOn = withdrawnOn
        self.withdrawnBy = withdrawnBy
        self.withdrawnReason = withdrawnReason
    }
}

/// Feedback a council is still owed.
package struct OwedFeedback: Codable, Sendable, Equatable {
    package var issueId: IssueID
    package var councilId: CouncilID
    package var councilName: String
    package var occasion: FeedbackOccasion
    package var owedSince: CalendarDate
    /// The day it should be given by: `policies.feedback_owed`'s threshold after ``owedSince``.
    package var deadline: CalendarDate?
    /// How ``deadline`` was computed, in Swedish ("30 arbetsdagar från 2027-05-20, utan midsommar:
    /// 2027-07-02").
    package var deadlineExplained: String?

    package init(
        issueId: IssueID, councilId: CouncilID, councilName: String, occasion: FeedbackOccasion,
        owedSince: CalendarDate
    ) {
        self.issueId = issueId
        self.councilId = councilId
        self.councilName = councilName
        self.occasion = occasion
        self.owedSince = owedSince
    }
}

/// One step of an issue's history, in plain Swedish.
package struct TimelineEntry: Codable, Sendable, Equatable {
    package var issueId: IssueID
    package var date: CalendarDate
    package var text: String
    /// Who caused it (a user name from the socket's credentials, or the daemon's own role).
    package var actor: String
    package var eventType: String

    package init(
        issueId: IssueID, date: CalendarDate, text: String, actor: String, eventType: String
    ) {
        self.issueId = issueId
        self.date = date
        self.text = text
        self.actor = actor
        self.eventType = eventType
    }
}

/// The answer to "vad hände med förslaget?".
package struct Trace: Codable, Sendable, Equatable {
    package var source: SourceReference
    /// The issue it went into, following merges to where the work goes on; nil if not yet in one.
    package var issue: IssueDetail?
    /// The issues it passed through, first to current (more than one after a merge).
    package var issuePath: [IssueID]
    package var history: [TimelineEntry]
    /// Where it stands now and what is still owed, in plain Swedish.
    package var answer: String

    package init(
        source: SourceReference, issue: IssueDetail? = nil, issuePath: [IssueID], history: [TimelineEntry],
        answer: String
    ) {
        self.source = source
        self.issue = issue
        self.issuePath = issuePath
        self.history = history
        self.answer = answer
    }
}

/// Something that falls due, is overdue, or is owed.
package struct DueItem: Codable, Sendable, Equatable {
    package enum Kind: String, Codable, Sendable {
        case issueDue = "issue_due"
        case feedbackOwed = "feedback_owed"
        case actionItemDue = "action_item_due"
        case certificationExpiring = "certification_expiring"
        case noDecision = "no_decision"
        case noOwner = "no_owner"
    }

    package var kind: Kind
    /// The issue, action item or certification concerned.
    package var reference: String
    package var title: String
    package var unitId: UnitID
    package var date: CalendarDate
    package var isOverdue: Bool
    package var owner: String?
    package var councilId: CouncilID?
    /// The last reminder about it, in one Swedish sentence with its day, if one was sent.
    package var lastReminder: String?
    /// How its deadline was computed, in Swedish, when the system computed one ("30 arbetsdagar från
    /// 2027-05-20, utan midsommar: 2027-07-02"); nil for a date someone set.
    package var explanation: String?

    package init(
        kind: Kind, reference: String, title: String, unitId: UnitID, date: CalendarDate, isOverdue: Bool,
        owner: String? = nil, councilId: CouncilID? = nil, lastReminder: String? = nil, explanation: String? = nil
    ) {
        self.explanation = explanation
        self.kind = kind
        self.reference = reference
        self.title = title
        self.unitId = unitId
        self.date = date
        self.isOverdue = isOverdue
        self.owner = owner
        self.councilId = councilId
        self.lastReminder = lastReminder
    }
}

/// Figures for one unit (or all) over a period.
package struct Statistics: Codable, Sendable, Equatable {
    package struct Figures: Codable, Sendable, Equatable {
        package var registered: Int
        package var decided: Int
        package var implemented: Int
        package var medianDaysToDecision: Double?
        /// Of the issues decided in the period, the share whose councils got feedback within 30 days.
        package var feedbackWithin30DaysShare: Double?
        /// Issues from a council's proposal or a revision's finding followed up in the period.
        package var followedUp: Int
        /// Of those, the ones followed up without a brukarkvittens ("uppföljt utan brukarkvittens").
        package var followedUpWithoutKvittens: Int
        /// Of those, the share followed up with a brukarkvittens ("kvitterat").
        package var kvittensShare: Double?

        package init(
            registered: Int, decided: Int, implemented: Int, medianDaysToDecision: Double? = nil,
            feedbackWithin30DaysShare: Double? = nil, followedUp: Int = 0, followedUpWithoutKvittens: Int = 0,
            kvittensShare: Double? = nil
        ) {
            self.registered = registered
            self.decided = decided
            self.implemented = implemented
            self.medianDaysToDecision = medianDaysToDecision
            self.feedbackWithin30DaysShare = feedbackWithin30DaysShare
            self.followedUp = followedUp
            self.followedUpWithoutKvittens = followedUpWithoutKvittens
            self.kvittensShare = kvittensShare
        }
    }

    package struct Group: Codable, Sendable, Equatable {
        package var key: String
        package var label: String
        package var figures: Figures

        package init(
            key: String, label: String, figures: Figures
        ) {
            self.key = key
            self.label = label
            self.figures = figures
        }
    }

    package var unitId: UnitID?
    package var from: CalendarDate
    package var to: CalendarDate
    package var total: Figures
    package var byQualityArea: [Group]
    package var byParticipationLevel: [Group]

    package init(
        unitId: UnitID? = nil, from: CalendarDate, to: CalendarDate, total: Figures, byQualityArea: [Group],
        byParticipationLevel: [Group]
    ) {
        self.unitId = unitId
        self.from = from
        self.to = to
        self.total = total
        self.byQualityArea = byQualityArea
        self.byParticipationLevel = byParticipationLevel
    }
}

/// A unit's certification: where it stands and how its action plan is going.
package struct CertificationStatus: Codable, Sendable, Equatable {
    package var certificationId: CertificationID
    package var unitId: UnitID
    package var unitName: String
    package var stage: String
    package var startedOn: CalendarDate
    package var adoptedOn: CalendarDate?
    package var certifiedOn: CalendarDate?
    package var validUntil: CalendarDate?
    package var daysUntilExpiry: Int?
    package var areasAssessed: Int
    package var actionItemsOpen: Int
    package var actionItemsDone: Int

    package init(
        certificationId: CertificationID, unitId: UnitID, unitName: String, stage: String, startedOn: CalendarDate,
        adoptedOn: CalendarDate? = nil, certifiedOn: CalendarDate? = nil, validUntil: CalendarDate? = nil,
        daysUntilExpiry: Int? = nil, areasAssessed: Int, actionItemsOpen: Int, actionItemsDone: Int
    ) {
        self.certificationId = certificationId
        self.unitId = unitId
        self.unitName = unitName
        self.stage = stage
        self.startedOn = startedOn
        self.adoptedOn = adoptedOn
        self.certifiedOn = certifiedOn
        self.validUntil = validUntil
        self.daysUntilExpiry = daysUntilExpiry
        self.areasAssessed = areasAssessed
        self.actionItemsOpen = actionItemsOpen
        self.actionItemsDone = actionItemsDone
    }
}

/// Which issues to list.
package struct IssueFilter: Codable, Sendable, Equatable {
    package var unitId: UnitID?
    package var status: IssueStatus?
    package var owner: String?
    package var councilId: CouncilID?
    package var sourceKind: IssueSourceKind?
    package var overdue: Bool?
    /// Only issues with no work on them (`IssueEvent.isActivity`) for this many days while open.
    package var staleDays: Int?
    package var limit: Int?

    package init(
        unitId: UnitID? = nil, status: IssueStatus? = nil, owner: String? = nil, councilId: CouncilID? = nil,
        sourceKind: IssueSourceKind? = nil, overdue: Bool? = nil, staleDays: Int? = nil, limit: Int? = nil
    ) {
        self.unitId = unitId
        self.status = status
        self.owner = owner
        self.councilId = councilId
        self.sourceKind = sourceKind
        self.overdue = overdue
        self.staleDays = staleDays
        self.limit = limit
    }
}
