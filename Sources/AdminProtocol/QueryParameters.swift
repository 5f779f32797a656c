import Domain
import Foundation

/// Queries that may be narrowed to one unit: `ListCouncils`, `ListRevisions`, `ListCertifications`.
public struct UnitScopeParameters: Codable, Sendable, Equatable {
    public var unitId: String?

    public init(unitId: String? = nil) {
        self.unitId = unitId
    }
}

/// Proposals of one council, one unit, or all.
public struct ListProposalsParameters: Codable, Sendable, Equatable {
    public var councilId: String?
    public var unitId: String?

    public init(councilId: String? = nil, unitId: String? = nil) {
        self.councilId = councilId
        self.unitId = unitId
    }
}

/// Issues matching a filter.
public struct ListIssuesParameters: Codable, Sendable, Equatable {
    public var filter: IssueFilterParameters?

    public init(filter: IssueFilterParameters? = nil) {
        self.filter = filter
    }
}

/// The filters of `ListIssues`; all optional, they combine.
public struct IssueFilterParameters: Codable, Sendable, Equatable {
    public var unitId: String?
    public var status: IssueStatus?
    public var owner: String?
    public var councilId: String?
    public var sourceKind: String?
    public var overdue: Bool?
    public var staleDays: Int?
    public var limit: Int?

    public init(unitId: String? = nil, status: IssueStatus? = nil, owner: String? = nil, councilId: String? = nil, sourceKind: String? = nil, overdue: Bool? = nil, staleDays: Int? = nil, limit: Int? = nil) {
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

/// Queries about one issue: `GetIssue`, `IssueHistory`.
public struct IssueParameters: Codable, Sendable, Equatable {
    public var issueId: String

    public init(issueId: String) {
        self.issueId = issueId
    }
}

/// `GetCertification`.
public struct CertificationParameters: Codable, Sendable, Equatable {
    public var certificationId: String

    public init(certificationId: String) {
        self.certificationId = certificationId
    }
}

/// "Vad hände med förslaget?" for a proposal, finding or action item.
public struct TraceParameters: Codable, Sendable, Equatable {
    public var sourceId: String

    public init(sourceId: String) {
        self.sourceId = sourceId
    }
}

/// What falls due within `horizonDays` (default 30).
public struct DueParameters: Codable, Sendable, Equatable {
    public var horizonDays: Int?
    public var unitId: String?

    public init(horizonDays: Int? = nil, unitId: String? = nil) {
        self.horizonDays = horizonDays
        self.unitId = unitId
    }
}

/// Figures for a period (default: the last year).
public struct StatisticsParameters: Codable, Sendable, Equatable {
    public var unitId: String?
    public var from: CalendarDate?
    public var to: CalendarDate?

    public init(unitId: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil) {
        self.unitId = unitId
        self.from = from
        self.to = to
    }
}

/// Where `Follow` starts (default: now) and which streams it shows.
public struct FollowParameters: Codable, Sendable, Equatable {
    public var after: String?
    public var streamPrefix: String?

    public init(after: String? = nil, streamPrefix: String? = nil) {
        self.after = after
        self.streamPrefix = streamPrefix
    }
}
