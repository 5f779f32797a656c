import ReadModelTypes

// The replies of the queries: each wraps the read model's answer under the name the interface
// definition gives it.

public struct UnitsReply: Codable, Sendable, Equatable {
    public var units: [UnitSummary]
    public init(units: [UnitSummary]) { self.units = units }
}

public struct CouncilsReply: Codable, Sendable, Equatable {
    public var councils: [CouncilSummary]
    public init(councils: [CouncilSummary]) { self.councils = councils }
}

public struct ProposalsReply: Codable, Sendable, Equatable {
    public var proposals: [ProposalSummary]
    public init(proposals: [ProposalSummary]) { self.proposals = proposals }
}

public struct RevisionsReply: Codable, Sendable, Equatable {
    public var revisions: [RevisionSummary]
    public init(revisions: [RevisionSummary]) { self.revisions = revisions }
}

public struct CertificationsReply: Codable, Sendable, Equatable {
    public var certifications: [CertificationStatus]
    public init(certifications: [CertificationStatus]) { self.certifications = certifications }
}

public struct CertificationReply: Codable, Sendable, Equatable {
    public var certification: CertificationDetail
    public init(certification: CertificationDetail) { self.certification = certification }
}

public struct IssuesReply: Codable, Sendable, Equatable {
    public var issues: [IssueSummary]
    public init(issues: [IssueSummary]) { self.issues = issues }
}

public struct IssueReply: Codable, Sendable, Equatable {
    public var issue: IssueDetail
    public init(issue: IssueDetail) { self.issue = issue }
}

public struct HistoryReply: Codable, Sendable, Equatable {
    public var entries: [TimelineEntry]
    public init(entries: [TimelineEntry]) { self.entries = entries }
}

public struct TraceReply: Codable, Sendable, Equatable {
    public var trace: Trace
    public init(trace: Trace) { self.trace = trace }
}

public struct DueReply: Codable, Sendable, Equatable {
    public var items: [DueItem]
    public init(items: [DueItem]) { self.items = items }
}

public struct StatisticsReply: Codable, Sendable, Equatable {
    public var statistics: Statistics
    public init(statistics: Statistics) { self.statistics = statistics }
}
