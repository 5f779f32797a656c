import Domain
import Foundation

/// Queries that may be narrowed to one unit: `ListCouncils`, `ListRevisions`, `ListCertifications`.
package struct UnitScopeParameters: Codable, Sendable, Equatable {
    package var unitId: String?

    package init(unitId: String? = nil) {
        self.unitId = unitId
    }
}

/// `ListCouncils`: the councils of one unit, one council (`council show`, with its meetings' ids), or all.
package struct ListCouncilsParameters: Codable, Sendable, Equatable {
    package var unitId: String?
    package var councilId: String?

    package init(unitId: String? = nil, councilId: String? = nil) {
        self.unitId = unitId
        self.councilId = councilId
    }
}

/// Proposals of one council, one unit, or all.
package struct ListProposalsParameters: Codable, Sendable, Equatable {
    package var councilId: String?
    package var unitId: String?

    package init(councilId: String? = nil, unitId: String? = nil) {
        self.councilId = councilId
        self.unitId = unitId
    }
}

/// Issues matching a filter.
package struct ListIssuesParameters: Codable, Sendable, Equatable {
    package var filter: IssueFilterParameters?

    package init(filter: IssueFilterParameters? = nil) {
        self.filter = filter
    }
}

/// The filters of `ListIssues`; all optional, they combine.
package struct IssueFilterParameters: Codable, Sendable, Equatable {
    package var unitId: String?
    package var status: IssueStatus?
    package var owner: String?
    package var councilId: String?
    package var sourceKind: String?
    package var overdue: Bool?
    package var staleDays: Int?
    package var limit: Int?

    package init(
        unitId: String? = nil, status: IssueStatus? = nil, owner: String? = nil, councilId: String? = nil,
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

/// Queries about one issue: `GetIssue`, `IssueHistory`.
package struct IssueParameters: Codable, Sendable, Equatable {
    package var issueId: String

    package init(issueId: String) {
        self.issueId = issueId
    }
}

/// `GetCertification`.
package struct CertificationParameters: Codable, Sendable, Equatable {
    package var certificationId: String

    package init(certificationId: String) {
        self.certificationId = certificationId
    }
}

/// "Vad hände med förslaget?" for a proposal, finding or action item.
package struct TraceParameters: Codable, Sendable, Equatable {
    package var sourceId: String

    package init(sourceId: String) {
        self.sourceId = sourceId
    }
}

/// What falls due within `horizonDays` (default 30).
package struct DueParameters: Codable, Sendable, Equatable {
    package var horizonDays: Int?
    package var unitId: String?

    package init(horizonDays: Int? = nil, unitId: String? = nil) {
        self.horizonDays = horizonDays
        self.unitId = unitId
    }
}

/// Figures for a period (default: the last year).
package struct StatisticsParameters: Codable, Sendable, Equatable {
    package var unitId: String?
    package var from: CalendarDate?
    package var to: CalendarDate?

    package init(unitId: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil) {
        self.unitId = unitId
        self.from = from
        self.to = to
    }
}

/// Where `Follow` starts (default: now) and which streams it shows.
package struct FollowParameters: Codable, Sendable, Equatable {
    package var after: String?
    package var streamPrefix: String?

    package init(after: String? = nil, streamPrefix: String? = nil) {
        self.after = after
        self.streamPrefix = streamPrefix
    }
}
