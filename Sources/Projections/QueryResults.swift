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
}

extension IssueSummary {
    /// Whether work or a decision is still ahead: not verified, withdrawn, merged or rejected.
    public var isOpen: Bool { Self.isOpen(status, outcome) }

    static func isOpen(_ status: IssueStatus, _ outcome: DecisionOutcome?) -> Bool {
        status.isOpen && !(status == .decided && outcome == .rejected)
    }
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
}

/// A proposal, finding or action item, with its text and where it came from.
public struct SourceReference: Codable, Sendable, Equatable {
    public var kind: String
    public var id: String
    public var text: String
    /// The council, revision or certification it belongs to, in words.
    public var origin: String
    public var date: CalendarDate?
}

/// Feedback a council is still owed.
public struct OwedFeedback: Codable, Sendable, Equatable {
    public var issueId: IssueID
    public var councilId: CouncilID
    public var councilName: String
    public var occasion: FeedbackOccasion
    public var owedSince: CalendarDate
}

/// One step of an issue's history, in plain Swedish.
public struct TimelineEntry: Codable, Sendable, Equatable {
    public var issueId: IssueID
    public var date: CalendarDate
    public var text: String
    /// Who caused it (a user name from the socket's credentials, or the daemon's own role).
    public var actor: String
    public var eventType: String
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
    }

    public struct Group: Codable, Sendable, Equatable {
        public var key: String
        public var label: String
        public var figures: Figures
    }

    public var unitId: UnitID?
    public var from: CalendarDate
    public var to: CalendarDate
    public var total: Figures
    public var byQualityArea: [Group]
    public var byParticipationLevel: [Group]
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
}

/// Which issues to list.
public struct IssueFilter: Codable, Sendable, Equatable {
    public var unitId: UnitID?
    public var status: IssueStatus?
    public var owner: String?
    public var councilId: CouncilID?
    public var sourceKind: String?
    public var overdue: Bool?
    /// Only issues with no event for this many days while open.
    public var staleDays: Int?
    public var limit: Int?

    public init(
        unitId: UnitID? = nil, status: IssueStatus? = nil, owner: String? = nil, councilId: CouncilID? = nil,
        sourceKind: String? = nil, overdue: Bool? = nil, staleDays: Int? = nil, limit: Int? = nil
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

/// A query that names something that does not exist.
public struct NotFound: Error, Sendable, CustomStringConvertible {
    /// What was looked for: `issue`, `source`, `unit`, `council`, `certification`, …
    public var kind: String
    /// The id as it was given.
    public var id: String
    /// In Swedish, for the coordinator.
    public var message: String
    public var description: String { message }

    public init(kind: String, id: String, message: String) {
        self.kind = kind
        self.id = id
        self.message = message
    }
}
