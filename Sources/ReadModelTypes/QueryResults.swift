import Domain
import Foundation

/// One issue in a list: what a coordinator scans for.
public struct IssueSummary: Codable, Sendable, Equatable {
    public var id: IssueID
    public var title: String
    public var status: IssueStatus
    public var outcome: DecisionOutcome?
    public var owner: String?
    public var dueDate: CalendarDate?
    public var unitId: UnitID
    public var unitName: String
    public var qualityArea: QualityArea?
    public var participationLevel: Int?
    public var sourceKinds: [String]
    public var councilIds: [CouncilID]
    public var feedbackOwedCount: Int
    public var registeredOn: CalendarDate
    public var lastEventOn: CalendarDate
    public var daysSinceLastEvent: Int
    public var isOverdue: Bool
    public var isStale: Bool
    /// Escalation to ledningen; set by the escalation policies once they exist.
    public var escalation: String?

    public init(
        id: IssueID, title: String, status: IssueStatus, outcome: DecisionOutcome? = nil, owner: String? = nil,
        dueDate: CalendarDate? = nil, unitId: UnitID, unitName: String, qualityArea: QualityArea? = nil,
        participationLevel: Int? = nil, sourceKinds: [String], councilIds: [CouncilID], feedbackOwedCount: Int,
        registeredOn: CalendarDate, lastEventOn: CalendarDate, daysSinceLastEvent: Int, isOverdue: Bool,
        isStale: Bool, escalation: String? = nil
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
        self.escalation = escalation
    }
}

extension IssueSummary {
    /// Whether work or a decision is still ahead: not verified, withdrawn, merged or rejected.
    public var isOpen: Bool { status.isOpen(outcome: outcome) }
}

/// Everything about one issue.
public struct IssueDetail: Codable, Sendable, Equatable {
    public var summary: IssueSummary
    public var motivation: String?
    public var decidedBy: String?
    public var decidedOn: CalendarDate?
    public var participationReason: String?
    public var mergedInto: IssueID?
    public var sources: [SourceReference]
    public var feedbackOwed: [OwedFeedback]

    public init(
        summary: IssueSummary, motivation: String? = nil, decidedBy: String? = nil, decidedOn: CalendarDate? = nil,
        participationReason: String? = nil, mergedInto: IssueID? = nil, sources: [SourceReference],
        feedbackOwed: [OwedFeedback]
    ) {
        self.summary = summary
        self.motivation = motivation
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
        self.participationReason = participationReason
        self.mergedInto = mergedInto
        self.sources = sources
        self.feedbackOwed = feedbackOwed
    }
}

/// A proposal, finding or action item, with its text and where it came from.
public struct SourceReference: Codable, Sendable, Equatable {
    public var kind: String
    public var id: String
    public var text: String
    /// The council, revision or certification it belongs to, in words.
    public var origin: String
    public var date: CalendarDate?

    public init(
        kind: String, id: String, text: String, origin: String, date: CalendarDate? = nil
    ) {
        self.kind = kind
        self.id = id
        self.text = text
        self.origin = origin
        self.date = date
    }
}

/// Feedback a council is still owed.
public struct OwedFeedback: Codable, Sendable, Equatable {
    public var issueId: IssueID
    public var councilId: CouncilID
    public var councilName: String
    public var occasion: FeedbackOccasion
    public var owedSince: CalendarDate

    public init(
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
public struct TimelineEntry: Codable, Sendable, Equatable {
    public var issueId: IssueID
    public var date: CalendarDate
    public var text: String
    /// Who caused it (a user name from the socket's credentials, or the daemon's own role).
    public var actor: String
    public var eventType: String

    public init(
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
public struct Trace: Codable, Sendable, Equatable {
    public var source: SourceReference
    /// The issue it went into, following merges to where the work goes on; nil if not yet in one.
    public var issue: IssueDetail?
    /// The issues it passed through, first to current (more than one after a merge).
    public var issuePath: [IssueID]
    public var history: [TimelineEntry]
    /// Where it stands now and what is still owed, in plain Swedish.
    public var answer: String

    public init(
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
public struct DueItem: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case issueDue = "issue_due"
        case feedbackOwed = "feedback_owed"
        case actionItemDue = "action_item_due"
        case certificationExpiring = "certification_expiring"
        case noDecision = "no_decision"
        case noOwner = "no_owner"
    }

    public var kind: Kind
    /// The issue, action item or certification concerned.
    public var reference: String
    public var title: String
    public var unitId: UnitID
    public var date: CalendarDate
    public var isOverdue: Bool
    public var owner: String?
    public var councilId: CouncilID?

    public init(
        kind: Kind, reference: String, title: String, unitId: UnitID, date: CalendarDate, isOverdue: Bool,
        owner: String? = nil, councilId: CouncilID? = nil
    ) {
        self.kind = kind
        self.reference = reference
        self.title = title
        self.unitId = unitId
        self.date = date
        self.isOverdue = isOverdue
        self.owner = owner
        self.councilId = councilId
    }
}

/// Figures for one unit (or all) over a period.
public struct Statistics: Codable, Sendable, Equatable {
    public struct Figures: Codable, Sendable, Equatable {
        public var registered: Int
        public var decided: Int
        public var implemented: Int
        public var medianDaysToDecision: Double?
        /// Of the issues decided in the period, the share whose councils got feedback within 30 days.
        public var feedbackWithin30DaysShare: Double?

        public init(
            registered: Int, decided: Int, implemented: Int, medianDaysToDecision: Double? = nil,
            feedbackWithin30DaysShare: Double? = nil
        ) {
            self.registered = registered
            self.decided = decided
            self.implemented = implemented
            self.medianDaysToDecision = medianDaysToDecision
            self.feedbackWithin30DaysShare = feedbackWithin30DaysShare
        }
    }

    public struct Group: Codable, Sendable, Equatable {
        public var key: String
        public var label: String
        public var figures: Figures

        public init(
            key: String, label: String, figures: Figures
        ) {
            self.key = key
            self.label = label
            self.figures = figures
        }
    }

    public var unitId: UnitID?
    public var from: CalendarDate
    public var to: CalendarDate
    public var total: Figures
    public var byQualityArea: [Group]
    public var byParticipationLevel: [Group]

    public init(
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
public struct CertificationStatus: Codable, Sendable, Equatable {
    public var certificationId: CertificationID
    public var unitId: UnitID
    public var unitName: String
    public var stage: String
    public var startedOn: CalendarDate
    public var adoptedOn: CalendarDate?
    public var certifiedOn: CalendarDate?
    public var validUntil: CalendarDate?
    public var daysUntilExpiry: Int?
    public var areasAssessed: Int
    public var actionItemsOpen: Int
    public var actionItemsDone: Int

    public init(
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
public struct IssueFilter: Codable, Sendable, Equatable {
    public var unitId: UnitID?
    public var status: IssueStatus?
    public var owner: String?
    public var councilId: CouncilID?
    public var sourceKind: IssueSourceKind?
    public var overdue: Bool?
    /// Only issues with no event for this many days while open.
    public var staleDays: Int?
    public var limit: Int?

    public init(
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
